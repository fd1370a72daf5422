// `:pause` at any text prompt: the person steps away, and the asking session keeps the draft and
// says how to continue. Looking after one's own recovery (principle 9) should be easy.
export const PAUSE = ':pause';

export class PauseRequested extends Error {
  override name = 'PausePromptError';
  constructor() {
    super('paused');
  }
}

/** A text answer that asks to pause, whatever its spacing or case. */
export const isPause = (typed: string) => typed.trim().toLowerCase() === PAUSE;
