import { describe, expect, it } from 'vitest';
import { isGeneralQuestion, isHowToQuestion } from '../../../src/core/text/intent.js';

describe('what a message asks', () => {
  it.each([
    'hoe zie ik of deze laptop hybride gekoppeld is?',
    'how do I check the join state',
    'waar vind ik de logboeken van de bedrijfsportal',
    'is er een manier om te zien of de laptop gekoppeld is',
  ])('%j is a how-to question', (text) => {
    expect(isHowToQuestion(text)).toBe(true);
  });

  it('a report of a failure is not a how-to question', () => {
    expect(isHowToQuestion('inschrijven mislukt met 0x80180014')).toBe(false);
  });

  it.each([
    'wat is het verschil tussen entra joined en hybrid joined?',
    'how much is an Intune licence per user',
    'wat is Autopilot precies?',
    'just curious: what does the SCP do',
  ])('%j is a general question', (text) => {
    expect(isGeneralQuestion(text)).toBe(true);
  });

  it.each([
    'wat is het verschil, de ene laptop faalt bij hybrid join en de andere niet',
    'what is this error exactly? 0x80180014',
    'waarom zie ik mijn apparaat twee keer in azure ad?',
  ])('%j is not a general question: it is about a failure, or asks why', (text) => {
    expect(isGeneralQuestion(text)).toBe(false);
  });
});
