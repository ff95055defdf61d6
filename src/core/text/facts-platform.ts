import { agreed, words, type Mention, type Rule } from './facts-engine.js';

/** "not a Mac", "geen iPhone"; but "niet op mijn iPhone" is where it fails, so only an adjacent negation counts. */
const platform = (value: string, source: string, extra: Partial<Rule> = {}): Rule => ({
  fact: 'platform',
  re: words(source),
  value,
  negation: 'ignore',
  notBefore: /(?:^| )(?:geen|no|not|niet|isn't|isnt|ipv|instead of|in plaats van)(?: (?:een|a|an|de|the))?$/,
  ...extra,
});

export const PLATFORM_RULES: readonly Rule[] = [
  platform('windows', "windows[a-z']*|win ?(?:7|8|8\\.1|10|11)|w(?:10|11)|win (?:home|pro|enterprise|education)", {
    notAfter: /^ (?:phone|mobile)(?= |$)/,
  }),
  platform(
    'windows',
    "surface|autopilot|dsregcmd|azureadjoined|domainjoined|enterprisejoined|workplacejoined|hybrid(?:e)?(?: azure)?(?: ad| entra(?: id)?)? (?:join\\S*|koppeling|deelname)|haadj|(?:azure ad|aad|entra(?: id)?) join(?:ed)?|ppkg|provisioning ?package|inrichtingspakket\\S*|gpo|groepsbeleid\\S*|group polic(?:y|ies)|event viewer|taakplanner|task scheduler|galaxy book|pc|pc's|pcs|intune pc agent",
  ),
  platform(
    'windows',
    "laptop[a-z']*|lap|notebooks?|computers?|desktops?|thinkpad|elitebook|probook|lenovo|lenovo's|dell",
    {
      weak: true,
      notBefore:
        /(?:^| )(?:remote|extern|apple|macbook|geen|no|not|niet|isn't|isnt|ipv|instead of|in plaats van)(?: (?:een|a|an|de|the))?$/,
    },
  ),
  platform('android', "android[a-z']*|galaxy|pixel|huawei|xiaomi|oneplus|motorola", { notAfter: /^ book(?= |$)/ }),
  platform('android', "samsung[a-z']*", { notAfter: /^ (?:galaxy )?(?:laptop|notebook|book)\S*(?= |$)/ }),
  platform('ios', "iphone[a-z']*|ipad[a-z']*|ios|ipad os|apple (?:telefoon|phone|tablet)"),
  platform('macos', "macbook[a-z']*|imac[a-z']*|mac|macs|mac's|macos|mac os|osx|os x|apple (?:laptop|computer)", {
    notAfter: /^ (?:adres|address|adressen|addresses|filter\S*|randomi\S*)(?= |$)/,
  }),
];

/**
 * One platform, or the one the problem is about: "op mijn iPhone werkt het wel, op de Samsung niet" -> android.
 * "laptop" and "computer" lose to a Mac named anywhere.
 */
export function resolvePlatform(mentions: readonly Mention[]): string | undefined {
  const hasMac = mentions.some((m) => m.value === 'macos');
  const kept = mentions.filter((m) => !(m.weak && hasMac));
  const all = agreed(kept);
  if (all !== undefined) return all;
  const failing = agreed(kept.filter((m) => m.clause.failure && !m.clause.ok));
  if (failing !== undefined) return failing;
  return agreed(kept.filter((m) => !m.clause.ok));
}

const WINDOWS = 'windows ?(?:7|8|8\\.1|10|11)?|windows(?:10|11)|win ?(?:10|11)?|w(?:10|11)';
const EDITION = 'home|thuis|pro|professional|enterprise|ent|education|edu';
const EDITIONS: Record<string, string> = {
  home: 'home',
  thuis: 'home',
  pro: 'pro',
  professional: 'pro',
  enterprise: 'enterprise',
  ent: 'enterprise',
  education: 'education',
  edu: 'education',
};
const edition = (word: string | undefined): string | undefined => (word === undefined ? undefined : EDITIONS[word]);
/** "upgrade van Home naar Pro" names two editions; which one it runs is not clear. */
const UPGRADE =
  /(?:^| )(?:upgrade\S*|geupgraded|upgraden|opwaarderen|overstappen|switch\S*|(?:naar|to) (?:windows )?(?:1[01] )?(?:home|pro|enterprise|education))(?= |$)/;
/** "Home en Pro": two editions. */
const ANOTHER =
  /^ (?:en|and|of|or|&|naast|besides|vs|versus) (?:windows )?(?:home|thuis|pro|professional|enterprise|education|edu)(?= |$)/;

export const EDITION_RULES: readonly Rule[] = [
  {
    fact: 'windows-edition',
    re: words(`(?:${WINDOWS}) (${EDITION})(?: (education|edu))?`),
    value: (m) => edition(m[2] ?? m[1]),
    notIn: UPGRADE,
    notAfter: ANOTHER,
  },
  {
    fact: 'windows-edition',
    re: words(`(home|thuis|pro|professional|enterprise|education) ?(?:editie|edition)|(thuis|home)versie`),
    value: (m) => edition(m[1] ?? m[2]),
    notIn: UPGRADE,
  },
  {
    fact: 'windows-edition',
    re: words(`(?:editie|edition)(?: :)? (?:(?:${WINDOWS}) )?(${EDITION})`),
    value: (m) => edition(m[1]),
    notIn: UPGRADE,
  },
];

/** Feature-update names with their builds, to tell "22H2 (19045)" (one version) from "1809 ... 22H2" (two). */
const RELEASE_BUILDS: Record<string, readonly string[]> = {
  '1507': ['10240'],
  '1511': ['10586'],
  '1607': ['14393'],
  '1703': ['15063'],
  '1709': ['16299'],
  '1803': ['17134'],
  '1809': ['17763'],
  '1903': ['18362'],
  '1909': ['18363'],
  '2004': ['19041'],
  '20H2': ['19042'],
  '21H1': ['19043'],
  '21H2': ['19044', '22000'],
  '22H2': ['19045', '22621'],
  '23H2': ['22631'],
  '24H2': ['26100'],
  '25H2': ['26200'],
};
const RELEASE_IDS = '1507|1511|1607|1703|1709|1803|1809|1903|1909|2004';
const BUILD = '1\\d{4}|2[0-6]\\d{3}';

export const VERSION_RULES: readonly Rule[] = [
  { fact: 'windows-version', re: words('(2[0-5]h[12])'), value: (m) => m[1]?.toUpperCase() },
  {
    fact: 'windows-version',
    re: words(
      `(?:windows|win|win10|w10|10|versie|version|release|feature update|op|on|draait|runs|running) (${RELEASE_IDS})`,
    ),
    value: (m) => m[1],
  },
  {
    fact: 'windows-version',
    re: words(
      `(?:build|os build|osbuild|versie|version|build nummer|buildnummer|build number)(?: :)? (${BUILD})(?:\\.\\d+)?`,
    ),
    value: (m) => m[1],
  },
  {
    fact: 'windows-version',
    re: words(`10\\.0\\.(${BUILD})(?:\\.\\d+)?|(${BUILD})\\.\\d{1,5}`),
    value: (m) => m[1] ?? m[2],
  },
];

/** One version, or a release and its own build ("22H2, build 19045" -> '22H2'); two different versions: none. */
export function resolveVersion(mentions: readonly Mention[]): string | undefined {
  const values = [...new Set(mentions.map((m) => m.value))];
  if (values.length === 1) return values[0];
  const releases = values.filter((v) => v in RELEASE_BUILDS);
  const builds = values.filter((v) => !(v in RELEASE_BUILDS));
  const [release] = releases;
  if (release === undefined || releases.length > 1 || builds.length > 1) return undefined;
  return builds.every((b) => RELEASE_BUILDS[release]?.includes(b)) ? release : undefined;
}
