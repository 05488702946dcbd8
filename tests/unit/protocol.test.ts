import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../core/protocol.ts';

describe('messages between contexts', () => {
  it('accepts each well-formed request', () => {
    for (const m of [
      { type: 'page-state' }, { type: 'reveal', id: 'aleppo' }, { type: 'reveal', id: 'evacuated-34000' },
      { type: 'next-mention' }, { type: 'next-mention', backwards: true }, { type: 'page-report', count: 3, status: 'active' },
      { type: 'open-article' }, { type: 'open-article', figureId: 'fled-35000' }, { type: 'open-settings' }, { type: 'load-card' },
      { type: 'detect', context: { onTopic: false, family: [] }, texts: ['Aleppo', ''] },
      { type: 'detect', context: { onTopic: true, family: [['assad', 'Hafez al-Assad']] }, texts: [] },
      { type: 'page-settings' }, { type: 'mute-entity', id: 'sana' }, { type: 'pause-site', hostname: 'www.bbc.co.uk' },
    ]) expect(parseRequest(m), JSON.stringify(m)).toMatchObject({ ok: true, request: m });
  });

  it.each([
    [{ type: 'format-disk' }], [{ type: 'page-report', count: -1, status: 'active' }], [{ type: 'page-report', count: 1.5, status: 'active' }],
    [{ type: 'page-report', count: 1, status: 'hacked' }], [{ type: 'reveal', id: '<img src=x>' }], [{ type: 'page-state', extra: 1 }],
    [null], ['page-state'], [42], [[]],
    [{ type: 'detect', context: { onTopic: false, family: [] }, texts: [1] }], [{ type: 'detect', texts: ['a'] }],
    [{ type: 'detect', context: { onTopic: 'yes', family: [] }, texts: [] }], [{ type: 'detect', context: { onTopic: false, family: [['a']] }, texts: [] }],
    [{ type: 'detect', context: { onTopic: false, family: [] }, texts: ['x'.repeat(300 * 1024)] }],
    [{ type: 'detect', context: { onTopic: false, family: [] }, texts: Array.from({ length: 5000 }, () => 'a') }],
    [{ type: 'page-settings', settings: {} }], [{ type: 'mute-entity', id: 'hamas' }], [{ type: 'mute-entity' }],
    [{ type: 'pause-site', hostname: '' }], [{ type: 'pause-site', hostname: 'x'.repeat(300) }], [{ type: 'pause-site', hostname: 7 }],
  ])('refuses %j with a reason', (m) => {
    const r = parseRequest(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^refused message/);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(fc.property(fc.anything(), (m) => {
      expect(typeof parseRequest(m).ok).toBe('boolean');
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.record({ type: fc.constantFrom('page-state', 'reveal', 'page-report', 'open-article'), id: fc.anything(), count: fc.anything(), status: fc.anything() }, { requiredKeys: ['type'] }), (m) => {
      expect(() => parseRequest(m)).not.toThrow();
    }), { numRuns: 500 });
  });
});
