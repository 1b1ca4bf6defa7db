import { moduleGraphFindings } from '@koers/testing';
import { MODULES } from './app.module';

describe('the modules of the app', () => {
  it('export only what a module that imports them injects, and import only what they use', () => {
    expect(moduleGraphFindings(MODULES)).toEqual([]);
  });
});
