/**
 * Large cities and capitals of the world that compromise's city list lacks (it is strongest on
 * the United States): names a reader knows as places without any context. Lower case.
 */
export const WORLD_CITIES = new Set([
  // Oceania
  'sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'auckland', 'wellington', 'christchurch', 'hobart', 'darwin',
  // Asia
  'tokyo', 'osaka', 'kyoto', 'yokohama', 'nagoya', 'sapporo', 'fukuoka', 'seoul', 'busan', 'incheon', 'pyongyang', 'beijing',
  'shanghai', 'guangzhou', 'shenzhen', 'chengdu', 'chongqing', 'wuhan', 'tianjin', 'nanjing', 'hangzhou', 'xiamen', 'xian',
  'hong kong', 'macau', 'taipei', 'kaohsiung', 'manila', 'cebu', 'jakarta', 'surabaya', 'bali', 'kuala lumpur', 'singapore',
  'bangkok', 'phuket', 'hanoi', 'ho chi minh city', 'saigon', 'phnom penh', 'vientiane', 'yangon', 'naypyidaw', 'dhaka',
  'chittagong', 'kathmandu', 'thimphu', 'colombo', 'male', 'mumbai', 'bombay', 'delhi', 'new delhi', 'kolkata', 'calcutta',
  'chennai', 'madras', 'bangalore', 'bengaluru', 'hyderabad', 'ahmedabad', 'pune', 'jaipur', 'lucknow', 'karachi', 'lahore',
  'islamabad', 'rawalpindi', 'peshawar', 'kabul', 'kandahar', 'herat', 'tehran', 'mashhad', 'isfahan', 'tabriz', 'baghdad',
  'basra', 'mosul', 'erbil', 'kirkuk', 'damascus', 'aleppo', 'homs', 'beirut', 'amman', 'jerusalem', 'tel aviv', 'haifa',
  'gaza', 'ramallah', 'riyadh', 'jeddah', 'mecca', 'medina', 'dubai', 'abu dhabi', 'doha', 'manama', 'kuwait city', 'muscat',
  'sanaa', 'aden', 'ankara', 'istanbul', 'izmir', 'antalya', 'baku', 'tbilisi', 'yerevan', 'astana', 'nur-sultan', 'almaty',
  'tashkent', 'samarkand', 'bishkek', 'dushanbe', 'ashgabat', 'ulaanbaatar',
  // Europe
  'london', 'manchester', 'birmingham', 'liverpool', 'leeds', 'glasgow', 'edinburgh', 'cardiff', 'belfast', 'dublin', 'cork',
  'paris', 'marseille', 'lyon', 'toulouse', 'nice', 'bordeaux', 'strasbourg', 'lille', 'brussels', 'antwerp', 'amsterdam',
  'rotterdam', 'the hague', 'luxembourg', 'berlin', 'hamburg', 'munich', 'cologne', 'frankfurt', 'stuttgart', 'dusseldorf',
  'düsseldorf', 'leipzig', 'dresden', 'vienna', 'salzburg', 'zurich', 'zürich', 'geneva', 'bern', 'basel', 'madrid',
  'barcelona', 'valencia', 'seville', 'bilbao', 'lisbon', 'porto', 'rome', 'milan', 'naples', 'turin', 'florence', 'venice',
  'bologna', 'palermo', 'athens', 'thessaloniki', 'valletta', 'nicosia', 'copenhagen', 'stockholm', 'gothenburg', 'oslo',
  'bergen', 'helsinki', 'reykjavik', 'tallinn', 'riga', 'vilnius', 'warsaw', 'krakow', 'kraków', 'gdansk', 'prague', 'brno',
  'bratislava', 'budapest', 'bucharest', 'sofia', 'belgrade', 'zagreb', 'ljubljana', 'sarajevo', 'skopje', 'tirana',
  'podgorica', 'pristina', 'chisinau', 'kyiv', 'kiev', 'kharkiv', 'odesa', 'odessa', 'lviv', 'minsk', 'moscow',
  'saint petersburg', 'st. petersburg', 'novosibirsk', 'yekaterinburg', 'kazan', 'sochi', 'vladivostok',
  // Africa
  'cairo', 'alexandria', 'tripoli', 'benghazi', 'tunis', 'algiers', 'rabat', 'casablanca', 'marrakesh', 'khartoum', 'juba',
  'addis ababa', 'asmara', 'djibouti', 'mogadishu', 'nairobi', 'mombasa', 'kampala', 'kigali', 'bujumbura', 'dodoma',
  'dar es salaam', 'zanzibar', 'lusaka', 'harare', 'lilongwe', 'maputo', 'gaborone', 'windhoek', 'pretoria', 'johannesburg',
  'cape town', 'durban', 'lagos', 'abuja', 'kano', 'accra', 'kumasi', 'lome', 'lomé', 'cotonou', 'niamey', 'bamako',
  'ouagadougou', 'dakar', 'abidjan', 'yamoussoukro', 'monrovia', 'freetown', 'conakry', 'bissau', 'banjul', 'nouakchott',
  'kinshasa', 'brazzaville', 'luanda', 'yaounde', 'yaoundé', 'douala', 'libreville', 'malabo', 'bangui', "n'djamena",
  'antananarivo', 'port louis',
  // Americas
  'toronto', 'montreal', 'montréal', 'vancouver', 'ottawa', 'calgary', 'edmonton', 'winnipeg', 'quebec city', 'halifax',
  'mexico city', 'guadalajara', 'monterrey', 'tijuana', 'cancun', 'cancún', 'havana', 'kingston', 'port-au-prince',
  'santo domingo', 'san juan', 'guatemala city', 'san salvador', 'tegucigalpa', 'managua', 'san jose', 'panama city',
  'bogota', 'bogotá', 'medellin', 'medellín', 'cali', 'caracas', 'maracaibo', 'quito', 'guayaquil', 'lima', 'cusco',
  'la paz', 'santa cruz', 'santiago', 'valparaiso', 'buenos aires', 'cordoba', 'córdoba', 'rosario', 'montevideo',
  'asuncion', 'asunción', 'sao paulo', 'são paulo', 'rio de janeiro', 'brasilia', 'brasília', 'salvador', 'recife',
  'belo horizonte', 'manaus', 'porto alegre', 'curitiba', 'fortaleza',
]);
