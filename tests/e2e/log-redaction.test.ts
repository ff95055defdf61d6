import { afterEach, describe, expect, it } from 'vitest';
import { redact, routeConsole } from '../../src/logger.js';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { Chat } from '../helpers/chat.js';
import { captureLog } from '../helpers/log-capture.js';

const PERSONAL = [
  'jan.de.vries@contoso.nl',
  'j.jansen@contoso.onmicrosoft.com',
  'DESKTOP-1A2B3C4',
  'LAPTOP-XXXX',
  'FIN-PC-07',
  'PF2ABC12',
  '5CG1234ABC',
];
const MESSAGE =
  'Hoi, jan.de.vries@contoso.nl hier. DESKTOP-1A2B3C4 en LAPTOP-XXXX geven 80180014 voor j.jansen@contoso.onmicrosoft.com.\n' +
  'DeviceName : FIN-PC-07\nSerienummer: PF2ABC12, serial number 5CG1234ABC';

describe('redact', () => {
  it.each([
    ['mail jan.de.vries@contoso.nl now', 'mail [email] now'],
    ['UPN j.jansen@contoso.onmicrosoft.com', 'UPN [email]'],
    ['on DESKTOP-1A2B3C4 and laptop-k8fj3mnb', 'on [device] and [device]'],
    ['LAPTOP-XXXX fails', '[device] fails'],
    ['WIN-8TQ0M2ZJ1AB', '[device]'],
    ['DeviceName : FIN-PC-07', 'DeviceName : [device]'],
    ['apparaatnaam: laptop-jan', 'apparaatnaam: [device]'],
    ['Serial number: PF2ABC12', 'Serial number: [serial]'],
    ['serienummer 5CG1234ABC', 'serienummer [serial]'],
    ['S/N: C02XK1ZYJG5J', 'S/N: [serial]'],
  ])('%s', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it.each([
    '0x80180014 and 80180003',
    'AADSTS50034 from WS-Trust',
    'DSREG_E_DIRECTORY_FAILURE on Windows 10',
    'serial number unknown',
    'HKLM\\SOFTWARE\\Microsoft\\Enrollments',
  ])('leaves "%s" alone', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('leaves Teams ids readable, so a conversation can be traced, and redacts what is around them', () => {
    const ids = [
      '19:3f2a9c1e-helpdesk_07@thread.tacv2;messageid=1700000000001',
      '19:b7c0e1d2f3a4@thread.skype',
      '19:9d8c7b6a-5f4e-3d2c-1b0a-99887766554433_aad-anne@unq.gbl.spaces',
      '29:1GcS4EyB_oSI8A88Xm-SN7NJFyMqe3QGnJdgLf',
      'a:1sn4X9aBcDeFgH-PC-1234XYZ',
      '28:00000000-0000-0000-0000-0000000000b0',
    ];
    const line = `${ids.join(' ')} from jan.de.vries@contoso.nl on DESKTOP-1A2B3C4`;
    expect(redact(line)).toBe(`${ids.join(' ')} from [email] on [device]`);
  });
});

describe('logs of a real turn over HTTP', () => {
  let app: AppServer | undefined;
  afterEach(async () => {
    await app?.stop();
  });

  it('at debug: the message text is there, with e-mail addresses, UPNs, device names and serials redacted', async () => {
    const log = captureLog('debug');
    app = await startApp({ logger: log.logger });
    const chat = new Chat(app.connector, { locale: 'nl-NL' });
    expect((await chat.say(app, MESSAGE)).status).toBe(200);
    const output = log.lines().join('');
    for (const secret of PERSONAL) expect(output).not.toContain(secret);
    const turn = log.entries().find((e) => e.msg === 'turn');
    expect(turn?.text).toContain('[email] hier. [device] en [device] geven 80180014');
    expect(turn?.text).toContain('Serienummer: [serial]');
  });

  it('at info and above: no message text at all, and no personal data', async () => {
    const log = captureLog('info');
    app = await startApp({ logger: log.logger, env: { ALLOWED_TENANTS: '11111111-2222-3333-4444-555555555555' } });
    const chat = new Chat(app.connector, {
      locale: 'nl-NL',
      channelId: 'msteams',
      extra: { channelData: { tenant: { id: '99999999-8888-7777-6666-555555555555' } } },
    });
    await chat.say(app, MESSAGE);
    const emulator = new Chat(app.connector, { locale: 'nl-NL' });
    await emulator.say(app, MESSAGE);
    await emulator.send(
      app,
      emulator.activity({ text: '', value: { email: 'jan.de.vries@contoso.nl', action: 'nope' } }),
    );
    log.logger.info({ text: MESSAGE, activity: { text: MESSAGE } }, 'a careless log call');
    expect(log.entries().find((e) => e.msg === 'a careless log call')).toMatchObject({
      text: '[redacted]',
      activity: { text: '[redacted]' },
    });
    const output = log.lines().join('');
    for (const secret of PERSONAL) expect(output).not.toContain(secret);
    expect(output).not.toContain('geven 80180014');
  });
});

describe("botbuilder's own output (console)", () => {
  it('goes through the redacting logger: no raw stack trace with personal data on stderr', () => {
    const log = captureLog('info');
    const restore = routeConsole(log.logger);
    try {
      // what CloudAdapter and JwtTokenExtractor do with an error
      console.error(new Error('turn failed for jan.de.vries@contoso.nl'));
      console.warn('BadRequest: Missing activity or activity type.');
    } finally {
      restore();
    }
    const [error, warning] = log.entries();
    expect(error).toMatchObject({ level: 50, source: 'console' });
    expect(JSON.stringify(error)).toContain('turn failed for [email]');
    expect(log.lines().join('')).not.toContain('jan.de.vries@contoso.nl');
    expect(warning).toMatchObject({ level: 40, msg: 'BadRequest: Missing activity or activity type.' });
  });
});
