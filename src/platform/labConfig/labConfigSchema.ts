import { z } from 'zod';

/**
 * `techshift.config.json`, the optional file a lab admin puts beside index.html (no rebuild).
 * Strict: a misspelt option is reported, not silently ignored.
 */
export const labConfigSchema = z.strictObject({
  /** Editors may point this at a schema; the game ignores it. */
  $schema: z.string().optional(),
  /** "browser": progress stays until the student ends the session; "tab": it goes when the tab closes (sessionStorage). */
  keepProgress: z.enum(['browser', 'tab']).default('browser'),
  /** End the session (wiping everything) after this many minutes without a key press or click. */
  endSessionWhenIdleMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .optional(),
  /** How long the visible countdown runs before the idle wipe. */
  idleWarningSeconds: z.number().int().min(5).max(600).default(60),
  /** false hides "Open your own scenario file" and refuses dropped files. */
  allowOpeningScenarioFiles: z.boolean().default(true),
});

/** The lab's settings, with every default filled in. */
export type LabConfig = z.output<typeof labConfigSchema>;

/** What the game does when there is no configuration file: keep progress, no idle wipe, files allowed. */
export const DEFAULT_LAB_CONFIG: LabConfig = labConfigSchema.parse({});
