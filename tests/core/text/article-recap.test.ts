import { describe, expect, it } from 'vitest';
import { withoutArticleRecap } from '../../../src/core/text/article-recap.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe("an admin's recap of what the article says is not their problem", () => {
  it.each([
    [
      'The page shows how to check the join state but not how to undo it on the client.',
      'not how to undo it on the client.',
    ],
    [
      'This documentation covers the portal side, however nothing about devices that keep failing. Any ideas?',
      'nothing about devices that keep failing. Any ideas?',
    ],
    [
      'Dit artikel legt uit hoe je de status uitleest, maar niet hoe je de registratie opnieuw start.',
      'niet hoe je de registratie opnieuw start.',
    ],
    ['De pagina noemt de proxy-instellingen, echter zonder WPAD lukt het ons niet.', 'zonder WPAD lukt het ons niet.'],
  ])('%s', (text, kept) => {
    expect(squash(withoutArticleRecap(text))).toBe(kept);
  });

  it.each([
    'My laptop shows 80180014 but the article says nothing about it',
    'the article was helpful, thanks',
    'Het artikel klopt niet voor Windows 11.',
    'ik heb de pagina gevolgd. Maar de laptop blijft op pending staan',
  ])('leaves a message without such a recap as it is: %s', (text) => {
    expect(withoutArticleRecap(text)).toBe(text);
  });
});
