// The trainer's key after the principles are chosen, in the terminal: for reflection, not a grade.
import { kindWords, type KeyComparison } from '../guide/feedback.js';
import { oneLine } from '../text/controls.js';
import { wrap } from '../text/wrap.js';
import type { Io } from '../ui/io.js';
import { style } from '../ui/style.js';
import { headed, readingWidth as width } from '../ui/width.js';

export function showKeyFeedback(io: Io, f: KeyComparison): void {
  const say = (text: string) => io.out(wrap(`  ${oneLine(text)}`, width(), '    '));
  io.out(`\n${headed("Compare with the trainer's key", '(for reflection, not a grade)', style.heading, style.dim)}`);
  if (f.kind) say(kindWords(f.kind));
  say(`You both chose: ${f.both.join(', ') || 'none'}`);
  for (const add of f.trainerAdds) say(`The trainer adds ${add.number}: ${add.why}`);
  if (f.onlyYou.length)
    say(`Only you chose: ${f.onlyYou.join(', ')}. Worth talking through with your group or supervisor.`);
  if (f.options.length)
    io.out(`  The trainer's example options:\n${f.options.map((o) => `    - ${oneLine(o.title)}`).join('\n')}`);
}
