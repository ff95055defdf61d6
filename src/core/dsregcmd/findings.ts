import { flagValue, testResult, type DsregStatus } from './parse.js';

export interface Finding {
  /** the field as dsregcmd spells it: 'DomainJoined', 'AzureAdPrt', 'Error Phase', 'DRS Discovery Test', ... */
  field: string;
  /** YES/NO fields as 'YES' or 'NO' (also when the paste said Ja/Nee); other values as written */
  value: string;
  ok: boolean;
  /** the knowledge-base answer that explains a problem, by source label */
  source?: { doc: string; anchor: string; key?: string };
}

const DOC = '002_86150bf7b559b65c.txt';
const STEP_2 = 'step-2-evaluate-the-join-status';
const POST_JOIN = 'troubleshoot-post-join-issues';
const PHASES = {
  precheck: 'pre-check-phase',
  discover: 'discover-phase',
  auth: 'authentication-phase',
  join: 'join-phase',
} as const;

/**
 * dsregcmd's join tests in the order it runs them, with the phase whose failures a failed test points to, and the
 * answer itself where the test checks one thing: the AD configuration test reads the SCP from Active Directory.
 */
const TESTS: readonly (readonly [string, string, string?])[] = [
  ['AD Connectivity Test', PHASES.precheck],
  ['AD Configuration Test', PHASES.discover, 'DSREG_AUTOJOIN_ADCONFIG_READ_FAILED'],
  ['DRS Discovery Test', PHASES.discover],
  ['DRS Connectivity Test', PHASES.discover],
  ['Token acquisition Test', PHASES.auth],
];

/** Problems first, root cause first (by rank); then the good values in the order dsregcmd prints them. */
const RANK = {
  root: 0,
  joinDiagnostics: 10,
  notJoined: 20,
  workplace: 30,
  prt: 40,
  wam: 41,
  staleDiagnostics: 50,
  good: 100,
};

/**
 * The join state read the way the hybrid-join article does (step 2, step 3, post-join). A problem that follows from
 * an earlier one (no PRT on a device that isn't joined) is listed after it, without a source of its own: the earlier
 * finding's answer explains both.
 */
export function dsregFindings(status: DsregStatus): Finding[] {
  const ranked: { rank: number; finding: Finding }[] = [];
  const good = (field: string, value: string): void => {
    ranked.push({ rank: RANK.good + ranked.length, finding: { field, value, ok: true } });
  };
  const problem = (rank: number, field: string, value: string, anchor?: string, key?: string): void => {
    const source = anchor === undefined ? undefined : { doc: DOC, anchor, ...(key === undefined ? {} : { key }) };
    ranked.push({ rank, finding: { field, value, ok: false, ...(source ? { source } : {}) } });
  };

  const domain = flagValue(status.fields.get('DomainJoined'));
  const joined = flagValue(status.fields.get('AzureAdJoined'));
  const workplace = flagValue(status.fields.get('WorkplaceJoined'));
  // An Azure AD joined device is not in a domain and needs no hybrid join: DomainJoined NO is expected there.
  const hybridImpossible = domain === 'NO' && joined !== 'YES';
  // Without a join, no user gets a PRT or a WAM default account: those follow from the join problem.
  const userStateFollows = joined === 'NO' || (joined === undefined && domain === 'NO');
  // Join diagnostics on a device that is joined by now describe an earlier attempt.
  const diagnosticsRank = joined === 'YES' ? RANK.staleDiagnostics : RANK.joinDiagnostics;

  if (hybridImpossible) problem(RANK.root, 'DomainJoined', 'NO', STEP_2, 'DomainJoined');
  else if (domain) good('DomainJoined', domain);

  if (joined === 'NO') {
    if (domain === 'NO') problem(RANK.notJoined, 'AzureAdJoined', joined);
    else problem(RANK.notJoined, 'AzureAdJoined', joined, STEP_2, 'AzureAdJoined');
  } else if (joined) good('AzureAdJoined', joined);

  if (workplace === 'YES' && domain === 'YES') {
    problem(RANK.workplace, 'WorkplaceJoined', workplace, STEP_2, 'WorkplaceJoined');
  } else if (workplace) good('WorkplaceJoined', workplace);

  const userState = [
    ['WamDefaultSet', RANK.wam],
    ['AzureAdPrt', RANK.prt],
  ] as const;
  for (const [field, rank] of userState) {
    const raw = status.fields.get(field);
    const value = flagValue(raw);
    // `/status /debug` prints ERROR where it could not read the value: as bad as NO for the user's sign-in
    const failed = value === 'NO' ? value : raw !== undefined && /^error\b/i.test(raw) ? 'ERROR' : undefined;
    if (failed) problem(rank, field, failed, userStateFollows ? undefined : POST_JOIN);
    else if (value) good(field, value);
  }

  // `dsregcmd /join /debug`: the pre-check decided not to join (no domain controller in sight)
  const dcAvailable = flagValue(status.fields.get('isDcAvailable'));
  const preCheck = status.fields.get('preCheckResult');
  if (dcAvailable === 'NO') problem(RANK.root, 'isDcAvailable', dcAvailable, PHASES.precheck);
  if (preCheck !== undefined && /^donotjoin$/i.test(preCheck))
    problem(RANK.root, 'preCheckResult', preCheck, dcAvailable === 'NO' ? undefined : PHASES.precheck);

  // the "Previous Registration" block: the phase names the section, the codes beside it say which row
  const phaseValue = status.fields.get('Error Phase');
  const phase = status.diagnostics.errorPhase;
  if (phaseValue !== undefined && phaseValue !== '') {
    problem(diagnosticsRank, 'Error Phase', phaseValue, phase && PHASES[phase]);
    const { clientErrorCode, serverErrorCode } = status.diagnostics;
    if (clientErrorCode) problem(diagnosticsRank, 'Client ErrorCode', clientErrorCode);
    if (serverErrorCode) problem(diagnosticsRank, 'Server ErrorCode', serverErrorCode);
  }

  TESTS.forEach(([field, anchor, key], i) => {
    const value = status.fields.get(field);
    const test = testResult(value);
    if (value === undefined || test === undefined) return;
    if (test.result === 'FAIL') problem(diagnosticsRank + 1 + i, field, value, anchor, key);
    else good(field, value);
  });

  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.finding);
}
