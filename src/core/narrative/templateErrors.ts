// Wording of template problems per locale: what is wrong and how to fix it.
import type { Locale } from '../types';

export type TemplateProblem =
  | { code: 'not-an-object' }
  | { code: 'unknown-id'; id: string; known: readonly string[] }
  | { code: 'not-text'; id: string }
  | { code: 'syntax'; id: string; line: number; column: number; kind: string }
  | { code: 'unknown-placeholder'; id: string; name: string; known: readonly string[] }
  | { code: 'wrong-use'; id: string; name: string; expected: 'plain' | 'select' | 'number' }
  | { code: 'unknown-option'; id: string; name: string; option: string; known: readonly string[] }
  | { code: 'cannot-format'; id: string; reason: string };

const SYNTAX_ZH: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: '占位符缺少右花括号“}”',
  EMPTY_ARGUMENT: '占位符为空“{}”',
  MALFORMED_ARGUMENT: '占位符名称不正确',
  EXPECT_ARGUMENT_TYPE: '逗号后缺少占位符类型',
  INVALID_ARGUMENT_TYPE: '占位符类型无效（可用 select、plural、number）',
  MISSING_OTHER_CLAUSE: 'select 或 plural 缺少 other 分支',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'select 缺少分支',
  EXPECT_PLURAL_ARGUMENT_OPTIONS: 'plural 缺少分支',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'select 分支缺少花括号“{…}”',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'plural 分支缺少花括号“{…}”',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'select 分支重复',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'plural 分支重复',
};

const SYNTAX_EN: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a placeholder has no closing brace "}"',
  EMPTY_ARGUMENT: 'empty placeholder "{}"',
  MALFORMED_ARGUMENT: 'malformed placeholder name',
  EXPECT_ARGUMENT_TYPE: 'placeholder type missing after the comma',
  INVALID_ARGUMENT_TYPE: 'invalid placeholder type (use select, plural or number)',
  MISSING_OTHER_CLAUSE: 'select or plural without an "other" branch',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'select without branches',
  EXPECT_PLURAL_ARGUMENT_OPTIONS: 'plural without branches',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'a select branch has no braces "{…}"',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'a plural branch has no braces "{…}"',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'duplicate select branch',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'duplicate plural branch',
};

const USE_ZH = { plain: '', select: ' 或用于 select', number: ' 或用于 plural、select、number' };
const USE_EN = {
  plain: '',
  select: ' or inside a select',
  number: ' or inside a plural, select or number',
};

const listZh = (items: readonly string[]): string =>
  items.length === 0 ? '（无）' : items.join('、');
const listEn = (items: readonly string[]): string =>
  items.length === 0 ? '(none)' : items.join(', ');

function messageZh(problem: TemplateProblem): string {
  switch (problem.code) {
    case 'not-an-object':
      return '模板设置必须是一个对象：键为模板编号，值为模板文本。';
    case 'unknown-id':
      return `未知的模板编号“${problem.id}”。可用的编号：${listZh(problem.known)}。`;
    case 'not-text':
      return `模板“${problem.id}”必须是文本。`;
    case 'syntax':
      return `模板“${problem.id}”有语法错误（第${problem.line}行第${problem.column}个字符处）：${SYNTAX_ZH[problem.kind] ?? problem.kind}。`;
    case 'unknown-placeholder':
      return `模板“${problem.id}”使用了未知的占位符“{${problem.name}}”。该模板可用的占位符：${listZh(problem.known.map((name) => `{${name}}`))}。`;
    case 'wrong-use':
      return `模板“${problem.id}”中的占位符“${problem.name}”只能写成 {${problem.name}}${USE_ZH[problem.expected]}。`;
    case 'unknown-option':
      return `模板“${problem.id}”中“${problem.name}”的分支“${problem.option}”不存在。可用的分支：${listZh(problem.known)}、other。`;
    case 'cannot-format':
      return `模板“${problem.id}”无法生成文本：${problem.reason}`;
  }
}

function messageEn(problem: TemplateProblem): string {
  switch (problem.code) {
    case 'not-an-object':
      return 'Templates must be an object mapping template ids to template text.';
    case 'unknown-id':
      return `Unknown template id "${problem.id}". Known ids: ${listEn(problem.known)}.`;
    case 'not-text':
      return `Template "${problem.id}" must be text.`;
    case 'syntax':
      return `Template "${problem.id}" has a syntax error at line ${problem.line}, character ${problem.column}: ${SYNTAX_EN[problem.kind] ?? problem.kind}.`;
    case 'unknown-placeholder':
      return `Template "${problem.id}" uses the unknown placeholder "{${problem.name}}". Placeholders of this template: ${listEn(problem.known.map((name) => `{${name}}`))}.`;
    case 'wrong-use':
      return `In template "${problem.id}", the placeholder "${problem.name}" can only be written as {${problem.name}}${USE_EN[problem.expected]}.`;
    case 'unknown-option':
      return `In template "${problem.id}", "${problem.name}" has no branch "${problem.option}". Branches: ${listEn(problem.known)}, other.`;
    case 'cannot-format':
      return `Template "${problem.id}" cannot be rendered: ${problem.reason}`;
  }
}

export const templateMessage = (problem: TemplateProblem, locale: Locale): string =>
  locale === 'en-US' ? messageEn(problem) : messageZh(problem);
