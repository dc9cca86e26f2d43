/**
 * A content problem as an editor reads it: the file, the JSON path and
 * what is wrong, e.g. `data/steps.json: steps[7].phaseId: unknown phase`.
 */
import type { z } from 'zod';

export type ContentIssue = {
  file: string;
  path: (string | number)[];
  message: string;
};

/** `['steps', 7, 'phaseId']` → `steps[7].phaseId` */
export function formatPath(path: readonly PropertyKey[]) {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      return index === 0 ? String(part) : `.${String(part)}`;
    })
    .join('');
}

/** One line per issue: `data/steps.json: steps[7].phaseId: unknown phase …` */
export function formatIssues(issues: readonly ContentIssue[]) {
  return issues
    .map((issue) =>
      issue.path.length > 0
        ? `${issue.file}: ${formatPath(issue.path)}: ${issue.message}`
        : `${issue.file}: ${issue.message}`,
    )
    .join('\n');
}

/** Says where JSON.parse stopped, as a line and column an editor can find. */
export function describeJsonError(text: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `is not valid JSON (${message})`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `is not valid JSON at line ${line}, column ${column} (${message})`;
}

/** The schema's complaints as issues of `file`, under the path `prefix`. */
export function issuesFromZod(
  file: string,
  error: z.ZodError,
  prefix: (string | number)[] = [],
): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: [
      ...prefix,
      ...issue.path.map((part) =>
        typeof part === 'number' ? part : String(part),
      ),
    ],
    message: issue.message,
  }));
}
