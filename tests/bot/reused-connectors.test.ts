import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorFactory,
  type ConnectorClient,
} from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { ReusedConnectors } from '../../src/bot/reused-connectors.js';

/** No app id: botbuilder's own authentication accepts anonymous requests and builds real connector clients. */
const anonymous = (): ConfigurationBotFrameworkAuthentication =>
  new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' });

const activity = (serviceUrl: string): Activity =>
  ({ type: 'message', channelId: 'msteams', serviceUrl, text: 'hoi' }) as Activity;

async function clientFor(auth: ReusedConnectors, serviceUrl: string): Promise<ConnectorClient> {
  const turn = await auth.authenticateRequest(activity(serviceUrl), '');
  const client = await turn.connectorFactory?.create(serviceUrl, turn.audience);
  if (!client) throw new Error('no connector client');
  return client;
}

describe('connector clients across turns', () => {
  it('a second turn from the same service URL gets the client the first one built', async () => {
    const auth = new ReusedConnectors(anonymous());
    const first = await clientFor(auth, 'https://smba.trafficmanager.net/emea/');
    const second = await clientFor(auth, 'https://smba.trafficmanager.net/emea/');
    expect(second).toBe(first);
    expect(Reflect.get(first, 'baseUri')).toBe('https://smba.trafficmanager.net/emea/');
  });

  it('another service URL gets its own client, pointed at that URL', async () => {
    const auth = new ReusedConnectors(anonymous());
    const emea = await clientFor(auth, 'https://smba.trafficmanager.net/emea/');
    const amer = await clientFor(auth, 'https://smba.trafficmanager.net/amer/');
    expect(amer).not.toBe(emea);
    expect(Reflect.get(amer, 'baseUri')).toBe('https://smba.trafficmanager.net/amer/');
  });

  it('a proactive message (createConnectorFactory) shares the turns’ client', async () => {
    const auth = new ReusedConnectors(anonymous());
    const turn = await clientFor(auth, 'https://smba.trafficmanager.net/emea/');
    const proactive = await auth
      .createConnectorFactory(new ClaimsIdentity([], true))
      .create('https://smba.trafficmanager.net/emea/', AuthenticationConstants.ToChannelFromBotOAuthScope);
    expect(proactive).toBe(turn);
  });

  it('one user-token client per bot', async () => {
    const auth = new ReusedConnectors(anonymous());
    const claims = new ClaimsIdentity([], true);
    expect(await auth.createUserTokenClient(claims)).toBe(await auth.createUserTokenClient(claims));
  });

  it('a client that could not be built is built again on the next turn, not kept as a failure', async () => {
    let calls = 0;
    const inner = anonymous();
    const real = inner.createConnectorFactory.bind(inner);
    inner.createConnectorFactory = (claims) => {
      const factory = real(claims);
      return new (class extends ConnectorFactory {
        create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
          calls++;
          return calls === 1 ? Promise.reject(new Error('token endpoint down')) : factory.create(serviceUrl, audience);
        }
      })();
    };
    const auth = new ReusedConnectors(inner);
    const factory = auth.createConnectorFactory(new ClaimsIdentity([], true));
    await expect(factory.create('https://smba.trafficmanager.net/emea/')).rejects.toThrow('token endpoint down');
    const client = await factory.create('https://smba.trafficmanager.net/emea/');
    expect(Reflect.get(client, 'baseUri')).toBe('https://smba.trafficmanager.net/emea/');
    expect(await factory.create('https://smba.trafficmanager.net/emea/')).toBe(client);
    expect(calls).toBe(2);
  });
});
