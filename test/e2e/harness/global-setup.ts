import { sweepStrayPolicies } from './policy-files';

/**
 * Runs once before any e2e file (vitest.e2e.config.ts globalSetup): a policy file a killed run left behind would
 * make every later run in that browser run under its policy (a Firefox left with `allowContinue: false` failed in
 * ways that pointed nowhere near the file). Leftovers the harness marked as its own are cleaned up; anything else
 * that sets a policy for the extension stops the run before a browser starts, naming the file.
 */
export default function setup(): void {
  const found = sweepStrayPolicies();
  for (const f of found) if (f.outcome !== 'refused') console.warn(`e2e setup: ${f.message}`);
  const refused = found.filter((f) => f.outcome === 'refused');
  if (refused.length > 0)
    throw new Error(
      `e2e setup: not starting, a policy file would change what the tests see:\n${refused.map((f) => `- ${f.message}`).join('\n')}`,
    );
}
