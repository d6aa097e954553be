/** chat-residue flags what is unmistakably the model talking, never a document's own closing section. */
import { lintText } from '../../src/lint/lint.js';
import { fixText } from '../../src/fix/fix.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# Database design\n\n## Entities\n...\n', 't.md');
const body = '# Database design\n\n## Entities\n\nCustomers make bookings; rooms are booked.\n';
const chat = async (text: string) => (await lintText(text, 'd.md', { template })).findings.filter((f) => f.rule === 'chat-residue').map((f) => f.line);

test("a human **Next Steps:** list of links at the end is the document's own: not flagged, and fix keeps it", async () => {
  const doc = `${body}\n**Next Steps:**\n\n- [Migration guide](./migrations.md)\n- [Backup policy](./backups.md)\n`;
  expect(await chat(doc)).toEqual([]);
  expect((await fixText(doc, 'd.md', { template })).text).toBe(doc);
});

test('a human Next steps list of work items (no one is addressed) is not chat either', async () => {
  const doc = `${body}\nNext steps:\n\n- Partition bookings by month.\n- Add a search index on room names.\n`;
  expect(await chat(doc)).toEqual([]);
});

test('"Next steps" followed by items that talk to the reader is chat', async () => {
  const doc = `${body}\n**Next steps:**\n1. Review this design with your team.\n2. Let me know if you want the security document too.\n`;
  expect(await chat(doc)).toEqual([7]);
  expect((await fixText(doc, 'd.md', { template })).text).toBe(body);
});

test('a closing remark after the content is still chat', async () => {
  const doc = `${body}\n✅ Database document complete! Let me know if you need changes.\n`;
  expect(await chat(doc)).toEqual([7]);
});

test("a `## Next steps` heading of the document's own is never chat", async () => {
  const doc = `${body}\n## Next steps\n\n- Let me know: the on-call rota is in the wiki.\n`;
  expect(await chat(doc)).toEqual([]);
});

test('"i.e." and words containing "i" are no one talking; "I" is', async () => {
  const human = `${body}\nNext steps:\n\n- Index bookings by room, i.e. the availability query.\n`;
  expect(await chat(human)).toEqual([]);
  const model = `${body}\nNext steps:\n\n- I can draft the security document next.\n`;
  expect(await chat(model)).toEqual([7]);
});
