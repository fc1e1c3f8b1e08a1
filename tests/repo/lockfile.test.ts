import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockPackage>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  overrides?: Record<string, unknown>;
};

/** A range npm resolves against the registry's tags at install time, not against the lock. */
const isTag = (spec: string) => /^[a-z][\w.-]*$/i.test(spec) && !/^(latest-)?\d/.test(spec);

describe('the lock file stays installable with npm ci', () => {
  // A dependency asking for a dist-tag ("latest") is re-resolved on every clean install: when
  // the tag moves, the locked version no longer satisfies it and `npm ci` refuses to install.
  it('pins every dependency that a package asks for by a dist-tag', () => {
    const unpinned: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const deps = { ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies };
      for (const [name, spec] of Object.entries(deps)) {
        if (isTag(spec) && typeof manifest.overrides?.[name] !== 'string') {
          unpinned.push(`${path || '(root)'} asks for ${name}@${spec}`);
        }
      }
    }
    expect(unpinned).toEqual([]);
  });
});
