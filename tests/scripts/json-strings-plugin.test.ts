// The build rewrites JSON.parse(`…`) as JSON.parse('…'): the data the page reads must be the same, to the character.
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { quoteJsonTemplates, singleQuoted } from '../../scripts/json-strings-plugin';

const valueOf = (code: string): unknown => runInNewContext(`${code}; v`);
// A template literal as a minifier writes one: backslashes, backticks and "${" escaped.
const asTemplate = (text: string): string => `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;

describe('JSON template literals written as quoted strings', () => {
  it('reads the same data after the rewrite, whatever the characters', () => {
    const data = { quote: "l'UE \"a dit\" `ceci`", path: 'C:\\data\\n', dollars: '${not} $ {x}', lines: 'a\nb\r\u2028\u2029', arabic: 'الاتحاد الأوروبي', emoji: '🇪🇺' };
    const code = `var v=JSON.parse(${asTemplate(JSON.stringify(data))})`;
    const rewritten = quoteJsonTemplates(code);
    expect(rewritten).not.toContain('JSON.parse(`');
    expect(rewritten.startsWith("var v=JSON.parse('")).toBe(true);
    expect(valueOf(rewritten)).toEqual(data);
  });

  it('rewrites every JSON.parse of a template in a chunk and leaves the code around them as it was', () => {
    const code = `var a=JSON.parse(${asTemplate('[1,"x"]')}),b=\`kept \${a}\`;var v=[a,JSON.parse(${asTemplate('{"k":"\\u00e9"}')}),b]`;
    const rewritten = quoteJsonTemplates(code);
    expect(rewritten).toBe(`var a=JSON.parse('[1,"x"]'),b=\`kept \${a}\`;var v=[a,JSON.parse('{"k":"\\\\u00e9"}'),b]`);
    expect(valueOf(rewritten)).toEqual(valueOf(code));
  });

  it('leaves a template with a substitution, or one not closed by the call, as it was', () => {
    const code = 'var x="1";var v=[JSON.parse(`[${x}]`),JSON.parse(`[2]`+"")]';
    expect(quoteJsonTemplates(code)).toBe(code);
  });

  it('escapes only what a single-quoted literal needs', () => {
    expect(singleQuoted(`it's \\ "fine"\n`)).toBe(`'it\\'s \\\\ "fine"\\u000a'`);
    expect(runInNewContext(singleQuoted('\u2028é\'\\'))).toBe('\u2028é\'\\');
  });
});
