// webpack loader for the WPS build: compiles JavaScript from node_modules down to the syntax level
// of the WPS bundles with esbuild's transform (syntax only; ≈ 25 s less CPU per build than
// TypeScript's transpiler), so that no dependency raises the level the WPS entry targets (see
// webpack.wps.config.js).
const { transform } = require('esbuild');

module.exports = function downlevel(source) {
  const { target } = this.getOptions();
  const done = this.async();
  transform(source, { loader: 'js', target: target.toLowerCase(), sourcefile: this.resourcePath })
    .then((result) => done(null, result.code))
    .catch(done);
};
