// webpack loader for the WPS build: compiles JavaScript from node_modules down to the syntax level
// of the WPS bundles with TypeScript's transpiler (syntax only, no type checking), so that no
// dependency raises the level the WPS entry targets (see webpack.wps.config.js).
const ts = require('typescript');

module.exports = function downlevel(source) {
  const { target } = this.getOptions();
  const result = ts.transpileModule(source, {
    fileName: this.resourcePath,
    reportDiagnostics: false,
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget[target],
      module: ts.ModuleKind.ESNext,
      // Keep class fields' [[Define]] semantics when they become constructor code.
      useDefineForClassFields: true,
      sourceMap: false,
      removeComments: false,
    },
  });
  return result.outputText;
};
