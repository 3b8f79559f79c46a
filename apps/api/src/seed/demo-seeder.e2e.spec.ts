import { validateCitizenId } from '@motcua/domain';
import { bearer, createTestApp, TestApp } from '../testing/test-app';

describe('the demo province seeded on first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { DEMO_OFFICERS: '300', LOGIN_RATE_LIMIT: '1000' } });
  });
  afterAll(() => t.close());

  it('has 25 units in three levels and about 300 officers with realistic gaps', async () => {
    const admin = await bearer(t, 'admin');
    const units = await t.http().get('/api/units?perPage=1000').set(admin).expect(200);
    expect(units.body.total).toBe(25);
    const officers = await t.http().get('/api/officers?perPage=100').set(admin).expect(200);
    expect(officers.body.total).toBeGreaterThanOrEqual(295);
    const incomplete = await t.http().get('/api/officers?completeness=incomplete&perPage=1').set(admin).expect(200);
    expect(incomplete.body.total).toBeGreaterThan(30);
    const sample = officers.body.data.filter((o: { citizenId: string | null }) => o.citizenId);
    expect(sample.some((o: { citizenId: string; birthDate: string; gender: 'male' | 'female' }) => validateCitizenId(o.citizenId, { birthDate: o.birthDate, gender: o.gender }).ok)).toBe(true);
  });

  it('does not seed twice', async () => {
    const { DemoSeeder } = await import('./demo-seeder');
    expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBe(false);
  });
});
