import { unsupportedNodeReason } from './bootstrap-service';

describe('the Node.js a service starts on', () => {
  it.each(['20.20.2', '22.12.0', '23.11.1'])('refuses %s, naming the version it needs', (version) => {
    expect(unsupportedNodeReason(version)).toMatch(new RegExp(`Node.js 24 LTS.*this is Node.js ${version.replace(/\./g, '\\.')}`));
  });

  it.each(['24.21.0', '24.11.0'])('runs on %s', (version) => {
    expect(unsupportedNodeReason(version)).toBeUndefined();
  });

  it('runs on the Node.js of this test run', () => {
    expect(unsupportedNodeReason(process.versions.node)).toBeUndefined();
  });
});
