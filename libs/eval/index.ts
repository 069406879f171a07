/** Frozen-set evaluation and drift watch (issue 17, SPEC §10): task lines, graders, statistics, tables. Pure. */
export { expectsJson, GraderSchema, parseTaskSet, taskSetHash, TaskSchema, type Grader, type Task, type TaskSetProblem } from './tasks';
export { firstNumber, grade, judgeGrade, judgePrompt, normalise, parseJsonAnswer, type Grade } from './grade';
export { dropPValue, mean, normalCdf, quantile, wilson, type Interval } from './stats';
export { specSummary, summarise, summariseAll, type TargetDetail, type TargetSummary, type TaskResult } from './summary';
export { compareRuns, renderTable, toCsv, type EvalReport } from './table';
export {
  compareDrift,
  driftMetrics,
  mostFrequent,
  type DriftCounts,
  type DriftMetrics,
  type DriftReason,
  type DriftVerdict,
} from './drift';
export { weeklyReport, renderReport, type ReportRow } from './report';
export { assess, lastUserText, type Assessment } from './assess';
