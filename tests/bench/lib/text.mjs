// Words for the synthetic organisation: names, and the kind of sentences people write in
// reflections, responses and check-in notes (sealed before they are stored).

export const FIRST_NAMES = [
  'Sanne', 'Ahmed', 'Joost', 'Lotte', 'Daan', 'Fatima', 'Marieke', 'Bram', 'Eva', 'Youssef', 'Noor', 'Thijs',
  'Anouk', 'Mohamed', 'Femke', 'Ruben', 'Iris', 'Sem', 'Layla', 'Jeroen', 'Esther', 'Kevin', 'Maaike', 'Tim',
  'Hanna', 'Bilal', 'Roos', 'Pieter', 'Sara', 'Mehmet', 'Inge', 'Lucas', 'Yara', 'Wouter', 'Nina', 'Koen',
  'Elif', 'Stijn', 'Charlotte', 'Omar', 'Floor', 'Jasper', 'Amira', 'Gijs', 'Linda', 'Mila', 'Rik', 'Zeynep',
];

export const LAST_NAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Mulder', 'El Amrani', 'Yilmaz', 'de Boer', 'Smit', 'Meijer',
  'de Jong', 'van Dijk', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit',
  'Dijkstra', 'Kaya', 'Bouzid', 'van den Berg', 'Kok', 'Jacobs', 'Vermeulen', 'Willems', 'van der Linden',
  'Koster', 'Prins', 'Postma', 'Kuipers', 'Öztürk', 'Haddou', 'Huisman', 'Schouten', 'Verhoeven', 'Sedney',
];

export const PLACES = [
  'Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Haven', 'Kinderen & Jeugd', 'Vluchtelingenzorg', 'Acuut',
  'Ambulant', 'Kliniek', 'Dagbehandeling', 'EMDR', 'Complex Trauma', 'Veteranen', 'Gezinnen',
];

export const PROMPT_TEXTS = {
  what_happened_in_me: [
    'Toen het verhaal over de nachtdienst kwam, werd ik eerst stil en daarna warm van binnen.',
    'Ik merkte dat ik in mijn hoofd bleef en me schrap zette.',
    'Veel binnengekomen vandaag; het raakte aan iets van thuis.',
    'Ik kon langer aanwezig blijven dan vorige maand.',
    'Halverwege zakte ik weg in vermoeidheid, daarna kwam ik terug.',
    'I noticed I could stay present longer than last month.',
    'Something in me softened when we sat in silence together.',
  ],
  body_signals: [
    'Druk op de borst aan het begin; aan het eind zakten mijn schouders.',
    'Kaken op elkaar, ondiepe ademhaling.',
    'Warme handen, rustige buik.',
    'Hoofdpijn die na de sessie wegtrok.',
    'Tight shoulders that eased towards the end.',
  ],
  feelings_named: [
    'Verdriet, herkenning, opluchting.',
    'Onrust, schaamte, ook dankbaarheid.',
    'Boosheid die zachter werd.',
    'Moe maar verbonden.',
    'Relief, tiredness, warmth.',
  ],
  attunement_moments: [
    'Het moment dat niemand iets hoefde te zeggen.',
    'Ik verloor even het contact toen ik zelf aan de beurt was.',
    'Toen iemand mijn woorden teruggaf, voelde ik me gezien.',
    'When she named my tiredness before I did.',
  ],
  resonance_from_others: [
    'Wat er gezegd werd over "51 stappen" bleef hangen.',
    'Het verhaal van een collega over slapeloosheid herkende ik.',
    'Hearing others name their tiredness made mine feel allowed.',
    'De rust van de facilitator werkte door in mij.',
  ],
  what_i_need_now: [
    'Een wandeling voor ik naar huis ga.',
    'Vroeg naar bed, niet meer mailen vanavond.',
    'Dit rustig bespreken in supervisie.',
    'Een rustige start morgen.',
    'A quiet lunch away from my desk this week.',
  ],
};

export const RESPONSES = [
  'Dank je dat je dit deelt, ik herken die stilte.',
  'Mooi hoe je het moment beschrijft. Goed voor jezelf zorgen vanavond!',
  'Thank you, that landed with me too.',
  'Herkenbaar. Fijn dat je het benoemt.',
  'Ik merkte het ook bij mezelf, dank je.',
];

export const CHECK_IN_NOTES = [
  'Zware week met twee crisisopnames.',
  'Goed geslapen na het weekend weg.',
  'Veel meegenomen naar huis vandaag.',
  'Rustige dag, fijne teamlunch.',
  'Hard to switch off after the late session.',
];
