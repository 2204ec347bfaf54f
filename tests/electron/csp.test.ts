import { describe, expect, it } from 'vitest';
import { CSP, cspFor } from '../../electron/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe('the content security policy', () => {
  it('is the strict policy in production', () => {
    expect(cspFor(false)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(cspFor(false)).toBe(CSP);
  });

  it('has no unsafe-inline in production', () => {
    expect(cspFor(false)).not.toContain('unsafe-inline');
  });

  it('never allows eval or wildcard sources, in production or development', () => {
    for (const policy of [cspFor(false), cspFor(true)]) {
      expect(policy).not.toContain('unsafe-eval');
      const sources = [...directives(policy).values()].flat();
      expect(sources.filter((s) => s.includes('*'))).toEqual([]);
      expect(sources.filter((s) => s === 'http:' || s === 'https:')).toEqual([]);
    }
  });

  it('relaxes only inline scripts and styles and the hot-reload socket in development', () => {
    const dev = directives(cspFor(true));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws:']);
    const prod = directives(cspFor(false));
    for (const name of ['default-src', 'img-src', 'font-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(dev.get(name)).toEqual(prod.get(name));
    }
  });

  it('allows data: only for images', () => {
    const prod = directives(cspFor(false));
    const withData = [...prod].filter(([, sources]) => sources.includes('data:')).map(([name]) => name);
    expect(withData).toEqual(['img-src']);
  });
});
