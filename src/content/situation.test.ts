import { expect, test } from 'vitest';
import {
  ANSWERS,
  EMPTY_SITUATION,
  hasSituationParams,
  situationFromSearch,
  situationToSearch,
  STAGES,
  WHOS,
  withoutSituationParams,
  type Situation,
} from './situation.ts';

test('every situation survives a round trip through a link', () => {
  for (const stage of STAGES) {
    for (const who of WHOS) {
      for (const ph of ANSWERS) {
        const situation: Situation = { stage, who, ph, transplant: null };
        expect(situationFromSearch(situationToSearch(situation))).toEqual({
          stage,
          who,
          ph,
        });
      }
    }
  }
});

test('a link without a situation writes nothing and reads as none', () => {
  expect(situationToSearch(EMPTY_SITUATION)).toBe('');
  expect(situationFromSearch('')).toBeNull();
  expect(situationFromSearch('?other=1')).toBeNull();
});

test('unknown values in a link are dropped one by one', () => {
  expect(
    situationFromSearch(`?stage=cured&who=${WHOS[0]}&ph=maybe&transplant=no`),
  ).toEqual({ who: WHOS[0], transplant: 'no' });
  expect(situationFromSearch('?stage=cured&who=dog')).toBeNull();
});

test('removing the situation from a link keeps its other parameters', () => {
  const search = `?stage=${STAGES[0]}&screen=2&who=${WHOS[0]}`;
  expect(hasSituationParams(search)).toBe(true);
  expect(withoutSituationParams(search)).toBe('?screen=2');
  expect(hasSituationParams('?screen=2')).toBe(false);
  expect(withoutSituationParams(`?ph=${ANSWERS[0]}`)).toBe('');
});
