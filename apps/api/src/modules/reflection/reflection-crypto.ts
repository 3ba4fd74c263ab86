import { NINE_FUNCTIONS, REFLECTION_PROMPTS, type NineFunction, type ReflectionPrompt } from '@attune/domain';
import { registerEncryptedColumn, type EncryptedColumn } from '../../common/encryption/encryption.service';

/** Where each prompt's sealed answer lives. Registered for key rotation (`npm run reencrypt`). */
export const PROMPT_COLUMNS: Readonly<Record<ReflectionPrompt, EncryptedColumn>> = {
  whatHappenedInMe: { table: 'reflection', idColumn: 'id', column: 'what_happened_in_me' },
  bodySignals: { table: 'reflection', idColumn: 'id', column: 'body_signals' },
  feelingsNamed: { table: 'reflection', idColumn: 'id', column: 'feelings_named' },
  attunementMoments: { table: 'reflection', idColumn: 'id', column: 'attunement_moments' },
  resonanceFromOthers: { table: 'reflection', idColumn: 'id', column: 'resonance_from_others' },
  whatINeedNow: { table: 'reflection', idColumn: 'id', column: 'what_i_need_now' },
};

export const PEER_RESPONSE_BODY: EncryptedColumn = { table: 'peer_response', idColumn: 'id', column: 'body' };

/** The plain rating column of each of the nine functions. */
export const FUNCTION_COLUMNS: Readonly<Record<NineFunction, string>> = {
  bodyRegulation: 'fn_body_regulation',
  attunedCommunication: 'fn_attuned_communication',
  emotionalBalance: 'fn_emotional_balance',
  fearModulation: 'fn_fear_modulation',
  responseFlexibility: 'fn_response_flexibility',
  insight: 'fn_insight',
  empathy: 'fn_empathy',
  morality: 'fn_morality',
  intuition: 'fn_intuition',
};

for (const prompt of REFLECTION_PROMPTS) registerEncryptedColumn(PROMPT_COLUMNS[prompt]);
registerEncryptedColumn(PEER_RESPONSE_BODY);

export const PROMPT_SQL_COLUMNS = REFLECTION_PROMPTS.map((p) => PROMPT_COLUMNS[p].column);
export const FUNCTION_SQL_COLUMNS = NINE_FUNCTIONS.map((f) => FUNCTION_COLUMNS[f]);
