import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { siteSafety } from './site-safety.ts';
import { LOCAL_SITE_URL, siteUrlFrom } from './site-url.ts';

describe('siteUrlFrom', () => {
  test('without a setting the site is local, and the build is told so', () => {
    for (const unset of [undefined, '', '  ']) {
      const site = siteUrlFrom(unset);
      expect(site.url).toBe(LOCAL_SITE_URL);
      expect(site.notice).toMatch(/SITE_URL is not set.*localhost:4321.*wrong for publishing/);
    }
  });

  test('a site root is taken without its trailing slash, with no notice', () => {
    expect(siteUrlFrom('https://archive.example.org/')).toEqual({
      url: 'https://archive.example.org',
      notice: null,
    });
    expect(siteUrlFrom(' https://Archive.Example.org ')).toEqual({
      url: 'https://archive.example.org',
      notice: null,
    });
    expect(siteUrlFrom('http://127.0.0.1:8080')).toEqual({
      url: 'http://127.0.0.1:8080',
      notice: null,
    });
  });

  test('anything that is not the root of an http(s) site is refused, naming the value', () => {
    expect(() => siteUrlFrom('archive.example.org')).toThrow(
      'SITE_URL "archive.example.org": is not a URL',
    );
    expect(() => siteUrlFrom('ftp://archive.example.org')).toThrow(
      'must be an http or https address, not ftp:',
    );
    expect(() => siteUrlFrom('javascript:alert(1)')).toThrow('must be an http or https address');
    expect(() => siteUrlFrom('https://user:pw@archive.example.org')).toThrow(
      'user name or password',
    );
    expect(() => siteUrlFrom('https://archive.example.org/?a=1')).toThrow('query or fragment');
    expect(() => siteUrlFrom('https://archive.example.org/#top')).toThrow('query or fragment');
    expect(() => siteUrlFrom('https://example.org/archive/')).toThrow('root of the site');
  });
});

describe('the build with a local-only site URL', () => {
  test('says so as it starts, and says nothing when the URL is set', () => {
    const warned = (value: string | undefined) => {
      const said: string[] = [];
      const { hooks } = siteSafety({ siteNotice: siteUrlFrom(value).notice }) as unknown as {
        hooks: Record<string, (options: Record<string, unknown>) => void>;
      };
      hooks['astro:config:done']!({
        config: { publicDir: pathToFileURL(`${mkdtempSync(join(tmpdir(), 'public-'))}/`) },
      });
      hooks['astro:build:start']!({ logger: { warn: (message: string) => said.push(message) } });
      return said;
    };
    expect(warned(undefined)).toEqual([siteUrlFrom(undefined).notice]);
    expect(warned('https://archive.example.org')).toEqual([]);
  });
});
