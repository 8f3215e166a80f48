import { describe, expect, it } from 'vitest';
import { parseExitDestination } from './exit-destination';

describe('the exit destination', () => {
  it('accepts an https address', () => {
    expect(parseExitDestination('https://example.org/news')).toBe('https://example.org/news');
  });
  it('adds https to a bare host name', () => {
    expect(parseExitDestination('weather.com')).toBe('https://weather.com/');
  });
  it('refuses plain http, scripts and empty input', () => {
    expect(parseExitDestination('http://example.org')).toBeNull();
    expect(parseExitDestination('javascript:alert(1)')).toBeNull();
    expect(parseExitDestination('   ')).toBeNull();
    expect(parseExitDestination('localhost')).toBeNull();
  });
});
