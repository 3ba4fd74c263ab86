import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { REFLECTION_PROMPTS, type ReflectionPrompt, type ReflectionVisibility } from '@attune/domain';
import { aadFor } from '../../common/encryption/encryption.service';
import { Keyring } from '../../common/encryption/keyring';
import { registerDemoSeeder, type DemoIds } from '../../database/seed-demo';
import { FUNCTION_COLUMNS, PEER_RESPONSE_BODY, PROMPT_COLUMNS } from './reflection-crypto';
// The session module's demo seeder must run first: reflections are written on its sessions.
// Importing it here registers it before ours, whatever order the modules are loaded in.
import '../session/session.seed';

interface DemoReflection {
  visibility: ReflectionVisibility;
  attunement: number;
  resonance: number;
  chaosRigidity: number | null;
  functions: Partial<Record<keyof typeof FUNCTION_COLUMNS, number>>;
  texts: Partial<Record<ReflectionPrompt, string>>;
}

const SAMPLES: DemoReflection[] = [
  {
    visibility: 'GROUP',
    attunement: 6,
    resonance: 5,
    chaosRigidity: 0,
    functions: { bodyRegulation: 4, attunedCommunication: 5, empathy: 4, insight: 3 },
    texts: {
      whatHappenedInMe: 'Toen Ahmed over zijn nachtdienst vertelde, werd ik eerst stil en daarna warm van binnen.',
      bodySignals: 'Druk op de borst aan het begin; aan het eind zakten mijn schouders.',
      feelingsNamed: 'Verdriet, herkenning, opluchting.',
      attunementMoments: 'Het moment dat niemand iets hoefde te zeggen na het verhaal van Lotte.',
      whatINeedNow: 'Een wandeling voor ik naar huis ga, en morgen een rustige start.',
    },
  },
  {
    visibility: 'FACILITATOR',
    attunement: 4,
    resonance: 3,
    chaosRigidity: 1,
    functions: { fearModulation: 2, responseFlexibility: 3 },
    texts: {
      whatHappenedInMe: 'Ik merkte dat ik in mijn hoofd bleef en me schrap zette toen het over de casus van vorige week ging.',
      bodySignals: 'Kaken op elkaar, ondiepe ademhaling.',
      attunementMoments: 'Ik verloor even het contact toen ik zelf aan de beurt was.',
      whatINeedNow: 'Dit rustig bespreken in supervisie.',
    },
  },
  {
    visibility: 'PRIVATE',
    attunement: 5,
    resonance: 6,
    chaosRigidity: -1,
    functions: { emotionalBalance: 3, intuition: 4, morality: 5 },
    texts: {
      whatHappenedInMe: 'Veel binnengekomen vandaag. Het raakte aan iets van thuis.',
      feelingsNamed: 'Onrust, schaamte, ook dankbaarheid.',
      resonanceFromOthers: 'Wat Sanne zei over "51 stappen" bleef hangen.',
      whatINeedNow: 'Vroeg naar bed. Niet meer mailen vanavond.',
    },
  },
  {
    visibility: 'GROUP',
    attunement: 5,
    resonance: 5,
    chaosRigidity: null,
    functions: {},
    texts: {
      whatHappenedInMe: 'I noticed I could stay present longer than last month.',
      resonanceFromOthers: 'Hearing others name their tiredness made mine feel allowed.',
      whatINeedNow: 'A quiet lunch away from my desk this week.',
    },
  },
];

const RESPONSES = [
  'Dank je dat je dit deelt, ik herken die stilte.',
  'Mooi hoe je het moment beschrijft. Goed voor jezelf zorgen vanavond!',
  'Thank you — that landed with me too.',
];

/** Demo reflections on the demo team's attended sessions, some shared with peer responses. */
export async function seedDemoReflections(m: EntityManager, ids: DemoIds): Promise<void> {
  const keys = process.env.ATTUNE_ENCRYPTION_KEYS;
  if (!keys) {
    console.warn('[seed] ATTUNE_ENCRYPTION_KEYS is not set: no demo reflections');
    return;
  }
  const keyring = new Keyring(keys);
  const seal = (col: { table: string; idColumn: string; column: string }, rowId: string, text: string): string =>
    keyring.seal(text, aadFor(col, rowId));

  // Sessions of the demo team that members may reflect on (booking seeded by the booking module).
  const rows: { session_id: string; user_id: string }[] = await m.query(
    `SELECT b.session_id, b.user_id
       FROM booking b
       JOIN session s ON s.id = b.session_id
       JOIN team_membership tm ON tm.team_id = s.team_id AND tm.user_id = b.user_id AND tm.left_at IS NULL
      WHERE s.team_id = $1 AND s.cancelled_at IS NULL AND s.starts_at < now()
        AND b.status = 'CONFIRMED' AND (b.attended OR s.kind = 'SUPERVISION')
      ORDER BY s.starts_at DESC, b.confirmed_at, b.user_id`,
    [ids.teamId],
  );
  const bySession = new Map<string, string[]>();
  for (const r of rows) bySession.set(r.session_id, [...(bySession.get(r.session_id) ?? []), r.user_id]);

  let sample = 0;
  for (const [sessionId, attendees] of [...bySession].slice(0, 3)) {
    for (const [i, authorId] of attendees.slice(0, 3).entries()) {
      const s = SAMPLES[sample++ % SAMPLES.length] as DemoReflection;
      const id = randomUUID();
      const columns: string[] = ['id', 'author_id', 'session_id', 'visibility', 'attunement', 'resonance', 'chaos_rigidity'];
      const values: unknown[] = [id, authorId, sessionId, s.visibility, s.attunement, s.resonance, s.chaosRigidity];
      for (const [fn, score] of Object.entries(s.functions)) {
        columns.push(FUNCTION_COLUMNS[fn as keyof typeof FUNCTION_COLUMNS]);
        values.push(score);
      }
      for (const prompt of REFLECTION_PROMPTS) {
        const text = s.texts[prompt];
        if (!text) continue;
        columns.push(PROMPT_COLUMNS[prompt].column);
        values.push(seal(PROMPT_COLUMNS[prompt], id, text));
      }
      await m.query(
        `INSERT INTO reflection (${columns.join(', ')}) VALUES (${columns.map((_, k) => `$${k + 1}`).join(', ')})
         ON CONFLICT (author_id, session_id) DO NOTHING`,
        values,
      );
      if (s.visibility !== 'GROUP') continue;
      // Peers who attended the same session respond to a GROUP reflection.
      const peers = attendees.filter((p) => p !== authorId).slice(0, 2);
      for (const [k, peerId] of peers.entries()) {
        const responseId = randomUUID();
        await m.query(
          `INSERT INTO peer_response (id, reflection_id, author_id, body, created_at)
           SELECT $1, $2, $3, $4, now() + make_interval(secs => $5) WHERE EXISTS (SELECT 1 FROM reflection WHERE id = $2)`,
          [responseId, id, peerId, seal(PEER_RESPONSE_BODY, responseId, RESPONSES[(i + k) % RESPONSES.length] as string), k],
        );
      }
    }
  }
}

registerDemoSeeder(seedDemoReflections);
