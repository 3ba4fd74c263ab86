import type { CalendarMessages } from '../en/calendar';

/** Nederlandse teksten voor de agenda-feed en herinneringen (zelfde sleutels als `en/calendar.ts`). */
export const nlCalendar: CalendarMessages = {
  feed: {
    title: 'Agenda',
    intro:
      'Abonneer je op je persoonlijke agenda-feed om de sessies waarvoor je een plek hebt in je eigen agenda-app te zien. Die blijft vanzelf bijgewerkt.',
    loading: 'Je agenda-adres wordt geladen…',
    loadFailed: 'Je agenda-adres kon niet worden geladen.',
    url: 'Adres van je agenda-feed',
    copy: 'Adres kopiëren',
    copied: 'Het adres is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Het adres is geselecteerd: kopieer het met Ctrl+C (of Cmd+C).',
    private: 'Houd dit adres voor jezelf: iedereen die het heeft, kan zien welke sessies je geboekt hebt.',
    howTo: 'Hoe abonneer ik me?',
    outlook: 'Outlook: Agenda → Agenda toevoegen → Abonneren via internet, plak het adres en kies Importeren.',
    google: 'Google Agenda (op een computer): Andere agenda’s → + → Via URL, plak het adres en kies Agenda toevoegen.',
    apple:
      'Apple Agenda: Archief → Nieuw agenda-abonnement (op iPhone: Instellingen → Agenda → Accounts → Voeg agenda-abonnement toe), plak het adres.',
    refresh: 'Agenda-apps halen de feed elke paar uur op; een nieuwe boeking kan dus even duren.',
    rotate: 'Nieuw adres maken',
    rotateTitle: 'Een nieuw adres maken?',
    rotateBody:
      'Het huidige adres werkt meteen niet meer. Agenda’s die erop geabonneerd zijn, worden niet meer bijgewerkt tot je je opnieuw abonneert met het nieuwe adres.',
    rotateConfirm: 'Nieuw adres maken',
    rotateKeep: 'Huidige adres houden',
    rotated: 'Je hebt een nieuw adres. Abonneer je er opnieuw mee in je agenda-app en verwijder het oude abonnement.',
  },
  reminders: {
    title: 'Herinneringen',
    label: 'Herinner me voor een sessie',
    description: 'Per e-mail, voor sessies waarvoor je een plek hebt.',
    loading: 'Je instelling voor herinneringen wordt geladen…',
    loadFailed: 'Je instelling voor herinneringen kon niet worden geladen.',
    off: 'Geen herinneringen',
    options: {
      30: '30 minuten van tevoren',
      60: '1 uur van tevoren',
      180: '3 uur van tevoren',
      1440: '1 dag van tevoren',
      2880: '2 dagen van tevoren',
      10080: '1 week van tevoren',
    },
    custom: (minutes) => `${minutes} minuten van tevoren`,
    saved: 'Je instelling voor herinneringen is opgeslagen.',
  },
};
