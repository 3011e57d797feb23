// English labels of the generated workbook; lv and lt mirror these keys exactly.
import type { Audience } from '../template/schema';

/** "once a week", "twice a week", "2–3 times a week". */
const enTimes = (r: string) => (r === '1' ? 'once' : r === '2' ? 'twice' : `${r} times`);
export const en = {
  sheets: {
    summary: 'Summary', 'activity-plan': 'Activity plan', campaign: 'Monthly campaign',
    'kpi-results': 'KPI results', review: 'Monthly review', ga4: 'GA4 data', social: 'Social data',
    crm: 'CRM data',
    'year-plan': 'Year plan', 'kpi-targets': 'KPI targets',
  },
  status: {
    met: 'met', atRisk: 'at risk', missed: 'missed', noFigure: 'no figure yet', yes: 'yes', no: 'no',
    better: 'better', worse: 'worse', same: 'no change',
  },
  taskStatus: { planned: 'planned', inProgress: 'in progress', done: 'done', cancelled: 'cancelled' },
  direction: { higher: 'higher is better', lower: 'lower is better' },
  source: { manual: 'manual', ga4: 'GA4', crm: 'CRM' },
  unit: { count: 'count', percent: '%', eur: 'EUR', seconds: 'seconds' },
  goal: { sales: 'sales', list: 'list', awareness: 'awareness' },
  channel: { instagram: 'Instagram', facebook: 'Facebook', newsletter: 'Newsletter', ads: 'Ads', website: 'Website' },
  audience: {
    all: 'all', products: 'products', services: 'services', trade: 'trade', subscriptions: 'subscriptions',
    partnerships: 'partnerships', solo: 'solo business', 'hiring-often': 'hiring often',
  } as Record<Audience, string>,
  event: {
    webinar: 'Webinar', 'open-day': 'Open day', 'guest-lecture': 'Guest lecture', conference: 'Conference',
    other: 'Event',
  },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  /** Column headers where a full name does not fit (the year plan's months, the round review's). */
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  monthTitle: (year: number, monthName: string) => `${monthName} ${year}`,
  plan: {
    title: 'Activity plan', date: 'Date', time: 'Time', area: 'Area', step: 'Step', activity: 'Activity',
    tasks: 'Tasks', responsible: 'Responsible', document: 'Document', when: 'How often / when',
    status: 'Status', doneOn: 'Done on', comment: 'Comment', key: 'Key',
    info: (n: number) => `${n} tasks besides routine work. Overdue tasks turn red; set Status from the list.`,
    asNeeded: 'as needed', automated: 'automated', asOf: '← as of this date', routine: 'Routine',
    routineInfo: 'Routine work is listed once with how often it recurs; dates are given for deliverables and events.',
    leftOut: (n: number, profile: string) =>
      `${n} steps that do not suit the business's profile (${profile}) are left out.`,
    whenNeeded: 'When needed',
    whenNeededInfo: 'Steps without a date: do them when the need arises.',
  },
  /** "When" words: amounts as they go before "before"/"after", and what they are before or after. */
  timing: {
    before: 'before', after: 'after', and: 'and',
    month: (n: number) => (n === 1 ? '1 month' : `${n} months`),
    week: (n: number) => (n === 1 ? '1 week' : `${n} weeks`),
    day: (n: number) => (n === 1 ? '1 day' : `${n} days`), minute: (n: number) => `${n} min`,
    startBefore: 'the start', startAfter: 'the start',
    eventBefore: {
      webinar: 'the webinar', 'open-day': 'the open day', 'guest-lecture': 'the guest lecture',
      conference: 'the conference', other: 'the event',
    },
    eventAfter: {
      webinar: 'the webinar', 'open-day': 'the open day', 'guest-lecture': 'the guest lecture',
      conference: 'the conference', other: 'the event',
    },
  },
  recurrence: {
    daily: 'daily', weekly: (r: string) => `${enTimes(r)} a week`, monthly: (r: string) => `${enTimes(r)} a month`,
    everyMonths: (r: string) => `every ${r} months`, quarterly: 'quarterly',
    yearly: (r: string) => `${enTimes(r)} a year`,
    admission: (before: boolean, n: number) =>
      `${n} month${n === 1 ? '' : 's'} ${before ? 'before' : 'after'} each admission round`,
    atAdmission: 'at each admission round',
  },
  campaign: {
    title: 'Monthly campaign', theme: 'Theme', goal: 'Goal', month: 'Month', date: 'Date', day: 'Day', notes: 'Notes',
    info: 'Type the theme, pick the goal, and write the actions per channel by date.',
    week: 'Week', topic: 'Topic', actions: 'Actions and channels',
    freeInfo: "This process names no channels, so plan the month week by week: each week's topic, its goal, "
      + 'and what you publish where (post, newsletter, ad, web page).',
  },
  kpi: {
    title: 'KPI results', kpi: 'KPI', unit: 'Unit', better: 'Better', source: 'Source', target: 'Target',
    targetToDate: 'Target to date', actual: 'Actual', variance: 'Variance (+ = better)', achieved: '% achieved',
    status: 'Status', comment: 'Comment', elapsed: 'Share of month elapsed', tolerance: '"At risk" from',
    asOf: 'Status as of', monthOver: 'Month is over', projected: 'Projected month-end',
    onTrack: 'Reaches the target at this pace?',
  },
  review: {
    bestChannel: 'Best channel group (GA4)', bestCampaign: 'Best campaign (GA4)',
    bestBy: (metric: string): string => (metric === 'keyEvents' ? 'by key events' : 'by sessions'),
    title: 'Monthly review', comparedWith: (m: string) => `Compared with ${m}`,
    results: 'Results against the previous month',
    previous: 'Previous month', current: 'This month', change: 'Change', changePct: 'Change %', status: 'Status',
    missedTitle: 'Missed targets and targets at risk', shortfall: 'Shortfall', action: 'Corrective action',
    owner: 'Responsible', deadline: 'Deadline',
    decisions: 'What to repeat or change', repeat: 'Repeat', changeRow: 'Change', decision: 'Decision',
    repeatHint: 'Met: {names}', repeatNone: 'Nothing met its target yet.',
    changeHint: 'Missed or at risk: {names}', changeNone: 'Nothing missed or at risk.',
    basisNote: 'This month: the actual; for KPIs paced over a running month, the projected month-end.',
    basis: 'Compared', basisProjected: 'projected month-end', basisActual: 'actual', trend: 'Better or worse',
    actionsTitle: 'Corrective actions per KPI (type here; the list above shows them)',
  },
  summary: {
    closed: 'The month is closed: final figures as of its last day.',
    title: 'KPI Planner', process: 'Process', month: 'Month', created: 'Created', asOf: 'As of', goal: 'Process goal',
    kpiStatus: 'KPI status', met: 'Met', atRisk: 'At risk', missed: 'Missed', notReported: 'No figure yet',
    tasks: 'Tasks this month', planned: 'Planned', inProgress: 'In progress', done: 'Done', overdue: 'Overdue',
    missedList: 'Missed targets and targets at risk', cycle: 'Process check',
    allMet: 'Every target was met.', allMetToDate: 'Every KPI with a target is on target to date.',
    noneFlagged: '{n} KPI(s) have no figure yet; none of the others missed its target or is at risk.',
    noTargets: 'No targets set yet.', flagged: 'Ordered by % achieved, lowest first.',
    cycleYes: 'Yes.', cycleNo: (step: string) => `No: go back to step ${step}.`,
    cycleRunning: 'Not decided yet: the month is not over.',
    cycleNoFigure: 'Not decided yet: {n} KPI(s) have no figure.', cycleNoTargets: 'Not decided: no targets set.',
  },
  /** The year plan: steps on a twelve-month calendar, and the KPI targets the manager types once a year. */
  year: {
    planTitle: 'Year plan', targetsTitle: 'KPI targets',
    planInfo: (placed: number, brief: number, needed: number) =>
      `Steps on the calendar (● = the month they fall in): ${placed}; monthly, weekly or event-bound, listed once ` +
      `below: ${brief}; when needed: ${needed}.`,
    round: 'Admission round', halfYear: 'Half-year', admission: 'Admission month',
    brief: 'Monthly, weekly and event-bound work', whenNeeded: 'When needed',
    kpi: 'KPI', rule: 'Round and year target is', year: 'Year', key: 'Key',
    half: (n: number) => `Half-year ${n}`,
    rules: {
      sum: 'sum of the months', last: 'last month with a target', average: 'average of the months',
      weighted: (kpi: string) => `average weighted by ${kpi}`, period: 'typed per period *',
    },
    targetsInfo: "Type each month's target once (yellow cells). The round and year targets follow by each KPI's rule; "
      + 'the monthly workbook takes its month from here (kpi-planner workbook --plan).',
    partialRound: 'A round that begins in the previous year or ends in the next one counts only '
      + "this year's months here.",
    periodNote: '* Users are counted once however many months they come in, so months cannot be added up: '
      + "type the round's and the year's target yourself.",
  },
  round: {
    sheetReview: 'Round review', sheetForm: 'Performance form',
    title: 'Round review', round: 'Round', months: 'Months', asOf: 'Status as of', over: 'Round is over',
    tolerance: '"At risk" from', kpi: 'KPI', rule: 'Round figure', target: 'Target', actual: 'Actual',
    rules: {
      sum: 'sum of months', last: 'last month', average: 'average of months', weighted: 'weighted average',
      period: 'whole round (GA4)',
    },
    roundTarget: 'Round target', roundActual: 'Round actual', achieved: '% achieved', status: 'Status',
    best: 'Best month', worst: 'Worst month', trend: 'Trend',
    inputNote: 'Yellow cells are the months\' targets and actuals: edit them and every figure follows. '
      + 'Whole-round GA4 figures (users, rates) are asked from GA4 for the round, never added up. '
      + 'While the round runs, its target counts the months up to the last one with an actual.',
    missedTitle: 'Missed KPIs and KPIs at risk, worst first', actions: 'Corrective actions recorded',
    noneMissed: 'No KPI missed its round target or is at risk.', chart: (kpi: string) => `${kpi}: target and actual`,
    formTitle: 'Work performance planning and evaluation form', results: 'Results per KPI',
    comment: "Director's comment", agreed: 'Agreed actions', owner: 'Responsible',
    deadline: 'Deadline', decision: 'Decision', decisionYes: 'yes: next cycle',
    decisionNo: (step: string) => `no: back to step ${step} (planning)`, choose: 'choose yes or no',
    director: 'Director', manager: 'Marketing manager', name: 'Name', date: 'Date', signature: 'Signature',
    formNote: 'Gone through by the director with the marketing manager before the performance talk.',
  },
  /** The closed month's snapshot tab (values as closed; the one live cell compares them with the KPI sheet). */
  snapshot: {
    sheet: 'Closed', title: 'Closed month', closedBy: 'Closed by', closedAt: 'Closed on',
    sinceClosed: 'Since closed', changed: 'changed since closed', unchanged: 'unchanged',
    note: 'The figures as they were when the month was closed. Reopen the month in the sidebar to change them.',
    protection: 'KPI Planner: a closed month. Reopen it in the sidebar to change it.',
  },
};

export type Labels = typeof en;
