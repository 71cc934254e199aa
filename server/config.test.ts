import { loadConfig as load } from './config';

// The environment's own type requires the build's variables; these tests set only the server's.
const loadConfig = (vars: Record<string, string>) => load(vars as NodeJS.ProcessEnv);

describe('the local server configuration', () => {
  it('keeps the clock uncontrolled and no scenario by default', () => {
    expect(loadConfig({})).toMatchObject({
      clockControl: false,
      demoScenario: null,
      expireIntervalMs: 60_000,
    });
  });

  it('turns the controllable clock on by CLOCK_CONTROL=1 or by the lottery scenario, which moves it', () => {
    expect(loadConfig({ CLOCK_CONTROL: '1' }).clockControl).toBe(true);
    expect(loadConfig({ DEMO_SCENARIO: 'lottery' })).toMatchObject({
      clockControl: true,
      demoScenario: 'lottery',
    });
  });

  it('refuses values it does not know, naming the variable', () => {
    expect(() => loadConfig({ CLOCK_CONTROL: 'yes' })).toThrow(/CLOCK_CONTROL/);
    expect(() => loadConfig({ DEMO_SCENARIO: 'admission' })).toThrow(/DEMO_SCENARIO/);
    expect(() => loadConfig({ DEMO_SCENARIO: 'lottery', CLOCK_CONTROL: '0' })).toThrow(/CLOCK_CONTROL/);
    expect(() => loadConfig({ EXPIRE_INTERVAL_MS: '10' })).toThrow(/EXPIRE_INTERVAL_MS/);
  });
});
