/** Which comments are commands: the first line, outside quotes and code blocks, starting with the prefix. */
import { mayBeCommand, parseCommand } from '../../src/action/command.js';

const P = '/archdoc';

describe('parseCommand', () => {
  it.each([
    ['/archdoc fix', 'fix'],
    ['/archdoc regenerate', 'regenerate'],
    ['/archdoc validate', 'validate'],
    ['/archdoc help', 'help'],
    ['  /archdoc FIX please\nmore text', 'fix'],
    ['\n\n/archdoc fix\r\n', 'fix'],
    ['/archdoc\tregenerate', 'regenerate'],
  ])('%j runs %s', (body, name) => {
    expect(parseCommand(body, P)).toEqual({ kind: 'command', name, unknown: false });
  });

  it('the prefix alone, or an unknown subcommand, asks for help', () => {
    expect(parseCommand('/archdoc', P)).toEqual({ kind: 'command', name: 'help', unknown: false });
    expect(parseCommand('/archdoc deploy', P)).toEqual({ kind: 'command', name: 'help', unknown: true });
  });

  it.each([
    ['a quote', '> /archdoc fix\n\nwhy did this not work?'],
    ['a quote without space', '>/archdoc fix'],
    ['a fenced code block', '```\n/archdoc fix\n```'],
    ['a tilde fence', '~~~\n/archdoc fix\n~~~'],
    ['an indented code block', '    /archdoc fix'],
    ['a tab-indented code block', '\t/archdoc fix'],
    ['a later line', 'Thanks!\n/archdoc fix'],
    ['another prefix', '/archdocs fix'],
    ['the prefix inside a word', '/archdocfix'],
    ['an empty comment', ''],
    ['white space only', ' \n\t\n'],
  ])('%s is not a command', (_what, body) => {
    expect(parseCommand(body, P)).toEqual({ kind: 'none' });
  });

  it('honours another prefix', () => {
    expect(parseCommand('/docs fix', '/docs')).toEqual({ kind: 'command', name: 'fix', unknown: false });
    expect(parseCommand('/archdoc fix', '/docs')).toEqual({ kind: 'none' });
  });

  it('looks at the start of a huge comment only', () => {
    expect(parseCommand(`${' '.repeat(2)}/archdoc fix ${'x'.repeat(1_000_000)}`, P)).toEqual({ kind: 'command', name: 'fix', unknown: false });
    expect(parseCommand(`${'\n'.repeat(5000)}/archdoc fix`, P)).toEqual({ kind: 'none' });
  });
});

describe('mayBeCommand (the free pre-filter before any API call)', () => {
  it('is true for any slash command on the first line, false otherwise', () => {
    expect(mayBeCommand('/docs fix')).toBe(true);
    expect(mayBeCommand('LGTM')).toBe(false);
    expect(mayBeCommand('> /archdoc fix')).toBe(false);
  });
});
