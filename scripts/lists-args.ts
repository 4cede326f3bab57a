// Tiny argv helper shared by the lists-* scripts.
export function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`--${name} needs a value`);
    process.exit(2);
  }
  return v;
}

export function has(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** Arguments that are neither flags nor flag values. */
export function positional(valueFlags: string[]): string[] {
  const out: string[] = [];
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('--')) {
      if (valueFlags.includes(a.slice(2))) i++;
    } else out.push(a);
  }
  return out;
}
