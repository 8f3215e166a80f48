// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { Eye } from 'lucide';
import { afterEach, describe, expect, it } from 'vitest';
import { Icon } from './Icon';
import { partIcons } from './part-icons';

afterEach(cleanup);

describe('the icon', () => {
  it('draws the shapes it is given, in the text color, hidden from screen readers', () => {
    const { container } = render(<Icon node={Eye} size={20} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('focusable')).toBe('false');
    expect(svg?.getAttribute('width')).toBe('20');
    expect(svg?.getAttribute('stroke')).toBe('currentColor');
    const shapes = [...(svg?.children ?? [])].map((child) => child.tagName);
    expect(shapes).toEqual(Eye.map(([tag]) => tag));
    const [, firstAttributes] = Eye[0] ?? [];
    for (const [name, value] of Object.entries(firstAttributes ?? {})) {
      expect(svg?.children[0]?.getAttribute(name)).toBe(String(value));
    }
  });

  it('gives each part of Terrarium its own picture', () => {
    const pictures = Object.values(partIcons);
    expect(new Set(pictures).size).toBe(pictures.length);
  });
});
