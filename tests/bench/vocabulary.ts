/** Word stock for synthetic news copy: common words weigh most, names and rare words give hits. */
export interface Vocabulary {
  language: 'fr' | 'en';
  common: readonly string[];
  topical: readonly string[];
  names: readonly string[];
  places: readonly string[];
  phrases: readonly string[];
}

export const french: Vocabulary = {
  language: 'fr',
  common: [
    'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'à', 'au', 'aux', 'pour', 'par',
    'sur', 'dans', 'avec', 'qui', 'que', 'a', 'est', 'sont', 'ont', 'été', 'plus', 'selon', 'mais',
    'cette', 'ce', 'ces', 'son', 'sa', 'ses', 'leur', 'après', 'avant', 'depuis', 'lors', 'déjà',
    'l’État', 'aujourd’hui', 'qu’il', 'n’a', 'd’une', 'l’affaire', 'peut-être', 'très', 'où', 'même',
  ],
  topical: [
    'élection', 'élections', 'électeurs', 'gouvernement', 'ministre', 'ministère', 'président',
    'présidentielle', 'député', 'sénateur', 'réforme', 'budget', 'sécurité', 'frontière', 'économie',
    'croissance', 'inflation', 'énergie', 'électricité', 'pétrole', 'agriculture', 'sécheresse',
    'récolte', 'santé', 'hôpital', 'éducation', 'université', 'étudiants', 'grève', 'syndicats',
    'manifestation', 'opposition', 'coalition', 'scrutin', 'référendum', 'constitution', 'tribunal',
    'procès', 'enquête', 'otages', 'chauffeurs', 'enlèvement', 'négociations', 'coopération',
    'exemplaire', 'délégation', 'ambassade', 'diplomatie', 'sommet', 'accord', 'communiqué',
    'déclaration', 'porte-parole', 'armée', 'transition', 'junte', 'sanctions', 'dette', 'impôts',
    'entreprises', 'investissement', 'chômage', 'logement', 'transports', 'aéroport', 'pêcheurs',
    'climat', 'inondations', 'vaccination', 'médecins', 'journalistes', 'liberté', 'presse',
  ],
  names: [
    'Goïta', 'Faye', 'Sonko', 'Diomaye', 'Tebboune', 'Macron', 'Akhannouch', 'Ouattara', 'Tinubu',
    'Bazoum', 'Tiani', 'Traoré', 'Kagame', 'Tshisekedi', 'Ruto', 'Saïed', 'Mohammed', 'Élisabeth',
    'Hélène', 'François', 'Aïssata', 'Moussa', 'Fatoumata', 'Ibrahim', 'Amadou', 'Mariam',
  ],
  places: [
    'Sénégal', 'Mali', 'Maroc', 'Algérie', 'Tunisie', 'Côte d’Ivoire', 'Niger', 'Burkina Faso',
    'Bamako', 'Dakar', 'Rabat', 'Alger', 'Abidjan', 'Niamey', 'Ouagadougou', 'Genève', 'Québec',
    'Montréal', 'Bruxelles', 'Paris', 'Lyon', 'Marseille', 'Nouakchott', 'Kayes', 'Tombouctou',
  ],
  phrases: [
    'conseil des ministres', 'état d’urgence', 'Assemblée nationale', 'Union africaine',
    'Nations unies', 'Banque mondiale', 'premier ministre', 'société civile', 'droits de l’homme',
    'chef de l’État', 'campagne électorale', 'forces de sécurité',
  ],
};

export const english: Vocabulary = {
  language: 'en',
  common: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'was', 'for', 'on', 'that', 'with', 'as', 'by', 'at',
    'from', 'has', 'have', 'had', 'be', 'been', 'were', 'are', 'it', 'its', 'their', 'after', 'before',
    'said', 'would', 'could', 'which', 'who', 'this', 'but', 'not', 'more', 'than', 'also', 'while',
  ],
  topical: [
    'election', 'elections', 'voters', 'government', 'minister', 'ministry', 'president',
    'parliament', 'senator', 'reform', 'budget', 'security', 'border', 'economy', 'growth',
    'inflation', 'energy', 'electricity', 'oil', 'agriculture', 'drought', 'harvest', 'health',
    'hospital', 'education', 'university', 'students', 'strike', 'unions', 'protest', 'opposition',
    'coalition', 'ballot', 'referendum', 'constitution', 'court', 'trial', 'inquiry', 'hostages',
    'drivers', 'kidnapping', 'negotiations', 'cooperation', 'delegation', 'embassy', 'diplomacy',
    'summit', 'agreement', 'statement', 'spokesperson', 'army', 'transition', 'sanctions', 'debt',
    'taxes', 'companies', 'investment', 'unemployment', 'housing', 'transport', 'airport', 'climate',
    'floods', 'vaccination', 'doctors', 'journalists', 'freedom', 'press',
  ],
  names: french.names,
  places: [
    'Senegal', 'Mali', 'Morocco', 'Algeria', 'Tunisia', 'Ivory Coast', 'Niger', 'Burkina Faso',
    'Bamako', 'Dakar', 'Rabat', 'Algiers', 'Abidjan', 'Niamey', 'Geneva', 'Brussels', 'London',
    'Washington', 'Nairobi', 'Lagos', 'Accra', 'Kinshasa',
  ],
  phrases: [
    'prime minister', 'state of emergency', 'national assembly', 'African Union', 'United Nations',
    'World Bank', 'civil society', 'human rights', 'head of state', 'election campaign',
    'security forces', 'cabinet meeting',
  ],
};
