// One user template against its id's placeholders: syntax, names, how each is used, a trial render.
import type { Locale } from '../types';
import { compile, render, rich, type TemplateValue } from './render';
import type { TemplateProblem } from './templateErrors';
import { TEMPLATE_IDS, TEMPLATE_PARAMS, isTemplateId, type ParamKind } from './templateSpec';

// The parser's element types (see @formatjs/icu-messageformat-parser TYPE).
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

/** The part of the parser's AST we read (its types are not exported by intl-messageformat). */
interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

interface Use {
  name: string;
  type: number;
  optionKeys: string[];
}

function collectUses(nodes: readonly AstNode[], uses: Use[]): Use[] {
  for (const node of nodes) {
    if (node.type >= ARGUMENT && node.type <= PLURAL && typeof node.value === 'string') {
      uses.push({ name: node.value, type: node.type, optionKeys: Object.keys(node.options ?? {}) });
    }
    for (const option of Object.values(node.options ?? {})) collectUses(option.value, uses);
    if (node.type === TAG && node.children) collectUses(node.children, uses);
  }
  return uses;
}

const ALLOWED: Record<ParamKind['kind'], readonly number[]> = {
  text: [ARGUMENT],
  choice: [ARGUMENT, SELECT],
  count: [ARGUMENT, NUMBER, SELECT, PLURAL],
};
const EXPECTED = { text: 'plain', choice: 'select', count: 'number' } as const;

function useProblem(
  id: string,
  use: Use,
  params: Record<string, ParamKind>,
): TemplateProblem | null {
  const param = params[use.name];
  if (param === undefined) {
    return { code: 'unknown-placeholder', id, name: use.name, known: Object.keys(params) };
  }
  if (!ALLOWED[param.kind].includes(use.type)) {
    return { code: 'wrong-use', id, name: use.name, expected: EXPECTED[param.kind] };
  }
  if (param.kind === 'choice' && use.type === SELECT) {
    const option = use.optionKeys.find((key) => key !== 'other' && !param.options.includes(key));
    if (option !== undefined) {
      return { code: 'unknown-option', id, name: use.name, option, known: param.options };
    }
  }
  return null;
}

const SAMPLE: Record<ParamKind['kind'], (param: ParamKind) => TemplateValue> = {
  text: () => rich({ kind: 'value', text: '1', cells: ['A1'] }),
  count: () => 2,
  choice: (param) => (param.kind === 'choice' ? (param.options[0] ?? 'other') : 'other'),
};

function syntaxProblem(id: string, error: unknown): TemplateProblem {
  const location = (error as { location?: { start?: { line?: number; column?: number } } })
    ?.location?.start;
  const kind = error instanceof Error ? error.message : String(error);
  if (location === undefined) return { code: 'cannot-format', id, reason: kind };
  return { code: 'syntax', id, line: location.line ?? 1, column: location.column ?? 1, kind };
}

/** Problems of one template (empty when it can be used). */
export function checkTemplate(id: string, template: unknown, locale: Locale): TemplateProblem[] {
  if (!isTemplateId(id)) return [{ code: 'unknown-id', id, known: TEMPLATE_IDS }];
  if (typeof template !== 'string') return [{ code: 'not-text', id }];
  let ast: AstNode[];
  try {
    // A cast: intl-messageformat does not export its AST types; AstNode is the subset we read.
    ast = compile(template, locale).getAst() as unknown as AstNode[];
  } catch (error) {
    return [syntaxProblem(id, error)];
  }
  const params: Record<string, ParamKind> = TEMPLATE_PARAMS[id];
  const problems = collectUses(ast, [])
    .map((use) => useProblem(id, use, params))
    .filter((problem): problem is TemplateProblem => problem !== null);
  if (problems.length > 0) return problems;
  const values = Object.fromEntries(
    Object.entries(params).map(([name, param]) => [name, SAMPLE[param.kind](param)]),
  );
  try {
    render(template, locale, values);
  } catch (error) {
    return [
      { code: 'cannot-format', id, reason: error instanceof Error ? error.message : String(error) },
    ];
  }
  return [];
}
