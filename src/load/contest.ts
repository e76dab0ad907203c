/**
 * Stages 1–2 joined: find the files, read and parse them with positions, check each against its
 * schema, then the rules across files, and build the decision matrix. Every problem in every file
 * is collected before anything is thrown.
 */
import { DataError, escapeDataTexts, type Problem } from "../errors.js";
import type { Contest } from "../model/contest.js";
import { Consortium } from "../schema/consortium.js";
import { Rubric } from "../schema/rubric.js";
import type { WeightOverride } from "../score/weights.js";
import type { MethodName } from "../methods/names.js";
import { checkSchema } from "../validate/schema.js";
import { checkConsortia, checkRubric, type Checked } from "../validate/rules.js";
import { checkBytes, listYamlFiles, type ReadResult } from "./read.js";
import { STDIN } from "../parse/source.js";
import { resolveConsortiaPaths, resolveReviewsPath, resolveRubricPath, resolveSourcesDir } from "./paths.js";
import { loadReviews } from "./reviews.js";
import { checkReviews } from "../validate/reviews.js";
import { applyPanel, computePanel } from "../panel/compute.js";
import type { PanelData } from "../panel/data.js";
import { loadSources } from "./sources.js";
import type { SourceRegistry } from "../sources/registry.js";
import { checkCitations } from "../validate/citations.js";
import { checkStrict } from "../validate/strict.js";
import { contestOf, quickContest, rememberFiles, rememberSet, runRecord } from "./quick.js";
import type { SourceRecord } from "../schema/source.js";
import { parseYamlStream, type ParsedFile } from "../parse/yaml.js";
import { schemaFile } from "./checked.js";
import { buildFolder, pruneBuilds } from "./cache.js";
import { fileCache, type FileCache } from "./file-cache.js";

export interface DataOptions {
  /** A rubric file, or the bare name of one in criteria/ (e.g. `service-first`). */
  rubric?: string;
  /** Consortium directories or files. */
  consortia?: readonly string[];
  weights?: readonly WeightOverride[];
  /** --method: the aggregation method instead of the rubric's. */
  method?: MethodName;
  /** The sources/ folder citations resolve against (default: the one beside the consortia, if any). */
  sources?: string;
  /** The panel's reviews: a folder of reviewer files or a .csv sheet (default: reviews/ beside the consortia, if any). */
  reviews?: string;
  /** Strict validation: a sources/ folder must be in use and every fact must cite it. */
  strict?: boolean;
  /** Standard input, read once by the shell when `-r -` or `-c -` asks for it. */
  stdin?: Uint8Array;
  /** The lottery's seed, when the tie-break chain ends with `lottery` (default DEFAULT_SEED). */
  seed?: number;
  /** --no-cache: read every file the full way, and leave the cache folder alone. */
  noCache?: boolean;
}

export interface Place {
  cwd: string;
  /** Where the bundled default data lives (the package root). */
  packageRoot: string;
  /** The cache folder (cache.ts), when there is one to use. */
  cache?: string;
}

export { dataDir, resolveConsortiaPaths, resolveReviewsPath, resolveRubricPath, resolveSourcesDir } from "./paths.js";

/** The decision matrix, the files it came from, and the source records, when in use. */
export interface LoadedContest {
  contest: Contest;
  files: string[];
  sources?: SourceRegistry;
  /** The review panel, when there are reviews: its scores are the contest's. */
  panel?: PanelData;
}

export interface LoadedData {
  rubric: Checked<Rubric>;
  consortia: Checked<Consortium>[];
  /** The source records citations resolved against, when a sources/ folder is in use. */
  sources?: SourceRegistry;
  /** The reviews and the panel computed from them, when there are reviews (consortia keep the files' values). */
  panel?: PanelData;
  files: string[];
  /** The source records as read, in listing order, when a sources/ folder is in use. */
  sourceFiles?: Checked<SourceRecord>[];
}

const stdinSource = (opts: DataOptions): ReadResult => checkBytes(opts.stdin ?? new Uint8Array(), STDIN, STDIN);

/** Read, parse and validate the rubric and consortia. Throws DataError with every problem. */
export function loadData(opts: DataOptions, place: Place, cache?: FileCache): LoadedData {
  const problems: Problem[] = [];
  const rubricFromStdin = opts.rubric === "-";
  let rubricPath: string | undefined;
  try {
    rubricPath = rubricFromStdin ? STDIN : resolveRubricPath(opts.rubric, place);
  } catch (err) {
    // A rubric name that matches nothing: reported with the other problems.
    if (!(err instanceof DataError)) throw err;
    problems.push(...err.problems);
  }
  let rubric: Checked<Rubric> | undefined;
  const r =
    rubricPath === undefined
      ? undefined
      : schemaFile(rubricPath, place.cwd, problems, Rubric, "rubric", cache, rubricFromStdin ? () => stdinSource(opts) : undefined);
  const rubricFile = r?.file;
  if (r) {
    const cross = checkRubric(r);
    if (cross.length) problems.push(...cross);
    else rubric = { file: r.file, value: escapeDataTexts(r.value) };
  }
  const consortiaFromStdin = opts.consortia?.includes("-") === true;
  const paths = consortiaFromStdin ? opts.consortia!.filter((p) => p !== "-") : opts.consortia;
  const listing = paths?.length === 0 ? { files: [], problems: [] } : listYamlFiles(resolveConsortiaPaths(paths, place), place.cwd);
  problems.push(...listing.problems);
  const consortia: Checked<Consortium>[] = [];
  const check = (file: ParsedFile) => {
    const r = checkSchema(file, Consortium);
    if (r.ok) consortia.push({ file, value: escapeDataTexts(r.value) });
    else problems.push(...r.problems);
  };
  if (consortiaFromStdin) {
    // A multi-document YAML stream: one consortium per document, positions in the whole stream.
    const read = stdinSource(opts);
    if (!read.ok) problems.push(read.problem);
    else for (const doc of parseYamlStream(read.source)) doc.ok ? check(doc.parsed) : problems.push(...doc.problems);
  }
  for (const path of listing.files) {
    const c = schemaFile(path, place.cwd, problems, Consortium, "consortium", cache);
    if (c) consortia.push({ file: c.file, value: escapeDataTexts(c.value) });
  }
  if (rubric) problems.push(...checkConsortia(consortia, rubric));
  const sourcesDir = resolveSourcesDir(opts.sources, paths, place);
  const sourceFiles: Checked<SourceRecord>[] = [];
  const sources = sourcesDir === undefined ? undefined : loadSources(sourcesDir, place.cwd, problems, cache, sourceFiles);
  if (sources) problems.push(...checkCitations(consortia, sources));
  if (opts.strict) problems.push(...checkStrict(consortia, sourcesDir !== undefined));
  const reviewsPath = resolveReviewsPath(opts.reviews, paths, place);
  let panel: PanelData | undefined;
  if (reviewsPath !== undefined) {
    const before = problems.length;
    const raw = loadReviews(reviewsPath, place.cwd, problems);
    const read = problems.length;
    // Reviews are checked against the rubric and consortia only once those are sound.
    if (rubric && before === 0) {
      const values = consortia.map((c) => c.value);
      const checked = checkReviews(raw, rubric.value, values.map((c) => c.id).sort());
      problems.push(...checked.problems);
      if (problems.length === read && read === before) {
        const computed = computePanel(rubric.value, values, checked.reviews);
        problems.push(...computed.problems);
        panel = { reviews: checked.reviews, result: computed.panel };
      }
    }
  }
  if (problems.length > 0 || !rubric) throw new DataError(inReadingOrder(problems));
  return {
    rubric,
    consortia,
    ...(sources ? { sources, sourceFiles } : {}),
    ...(panel ? { panel } : {}),
    // Standard input is not a file that --output could overwrite.
    files: [rubricFile!.path, ...listing.files, ...(sources?.files ?? []), ...(panel?.reviews.files ?? [])].filter((f) => f !== STDIN),
  };
}

/**
 * How many entries of single files a run writes besides its record (quick.ts rememberSet), which
 * holds every file it read: enough for every file of a contest of tens of teams (so that another
 * rubric or folder on the same files finds them), and not 10,000 files written and renamed on the
 * first run on a field of 10,000. A run that finds a problem with more entries than this keeps its
 * files as a record of files instead (quick.ts rememberFiles); a run with no record to write (with
 * reviews, or standard input) writes every entry.
 */
export const SINGLE_ENTRIES_WITH_RECORD = 64;

/**
 * loadData with the cache of validated files (cache.ts), when there is one and --no-cache is not
 * given: unchanged files are not parsed again, and what passed is remembered for quickContest. The
 * answer is always loadData's: a run that finds a problem after serving some file from the cache is
 * read again without it, so every problem has its line and column.
 */
export function loadValidated(opts: DataOptions, place: Place): LoadedData {
  const cache =
    place.cache === undefined || opts.noCache || opts.strict ? undefined : fileCache(buildFolder(place.cache), runRecord(opts, place));
  if (cache) pruneBuilds(place.cache!);
  let data: LoadedData;
  try {
    data = loadData(opts, place, cache);
  } catch (err) {
    // No record of a passing run: more entries than the bound are kept as a record of the files instead.
    if (cache)
      cache.flush(
        cache.kept > SINGLE_ENTRIES_WITH_RECORD && rememberFiles(opts, place, cache.files()) ? SINGLE_ENTRIES_WITH_RECORD : undefined,
      );
    if (!(err instanceof DataError && cache && cache.hits > 0)) throw err;
    data = loadData(opts, place);
  }
  if (cache) cache.flush(rememberSet(opts, place, data) ? SINGLE_ENTRIES_WITH_RECORD : undefined);
  return data;
}

/**
 * Load the data and build the decision matrix, with `--weight` overrides applied. The bundled data,
 * unchanged, comes from the build-time snapshot (quick.ts, snapshot.ts); anything else is read here.
 * `quickTried`: the caller has just asked quickContest, which answered nothing (the commands on the
 * start-up path do, before loading this module): not asked again (it reads the snapshot and the
 * record of the last run, about 4 ms of an edited run).
 */
export function loadContest(opts: DataOptions, place: Place, quickTried = false): LoadedContest {
  const quick = quickTried ? undefined : quickContest(opts, place);
  if (quick) return quick;
  const data = loadValidated(opts, place);
  const consortia = data.consortia.map((c) => c.value);
  return contestOf(
    {
      rubric: data.rubric.value,
      consortia: data.panel ? applyPanel(consortia, data.panel.result) : consortia,
      files: data.files,
      ...(data.sources ? { sources: data.sources } : {}),
      ...(data.panel ? { panel: data.panel } : {}),
    },
    opts,
  );
}

/** Problems grouped by file (in order of first mention), then by line and column. */
export function inReadingOrder(problems: readonly Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file ?? "")) fileOrder.set(p.file ?? "", fileOrder.size);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const f = fileOrder.get(a.p.file ?? "")! - fileOrder.get(b.p.file ?? "")!;
      if (f !== 0) return f;
      const la = a.p.pos?.line ?? 0;
      const lb = b.p.pos?.line ?? 0;
      if (la !== lb) return la - lb;
      const ca = a.p.pos?.col ?? 0;
      const cb = b.p.pos?.col ?? 0;
      return ca !== cb ? ca - cb : a.i - b.i;
    })
    .map((x) => x.p);
}
