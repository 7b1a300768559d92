// Vocabulary for synthetic articles. Terms are paired [en, pl] where the languages differ, so an
// article's two versions say the same thing; Polish forms carry diacritics on purpose, because
// search folding and slugging of ą, ę, ł, ó, ś, ź, ż, ć, ń is part of what we measure.

/** Product names (the same in both languages, as in real KB articles). */
export const PRODUCTS = [
  'Exchange Server 2003',
  'Exchange 2000 Server',
  'Exchange Server 2007',
  'Exchange Server 2010',
  'Exchange Server 2013',
  'Windows Server 2003',
  'Windows Server 2008 R2',
  'Windows Server 2012 R2',
  'Microsoft Outlook 2007',
  'Microsoft Outlook 2010',
  'Internet Information Services 6.0',
  'Forefront Security for Exchange',
];

/** Event sources as Event Viewer shows them (folder names under content/events/). */
export const EVENT_SOURCES = [
  'MSExchangeTransport',
  'MSExchangeIS',
  'MSExchangeSA',
  'MSExchangeADAccess',
  'MSExchangeMTA',
  'SMTPSVC',
  'Schannel',
  'Kerberos',
  'NETLOGON',
  'LSASRV',
  'W3SVC',
  'Microsoft-Windows-DNS-Client',
];

/** Event logs an event may be written to. */
export const LOGS = ['Application', 'System', 'Security'];

/** Tools and consoles named in steps. */
export const TOOLS = [
  'Exchange System Manager',
  'Event Viewer',
  'Queue Viewer',
  'ADSI Edit',
  'Network Monitor',
  'Telnet',
  'nslookup',
  'NLTEST',
  'NETDOM',
  'dcdiag',
  'repadmin',
  'Exchange Management Shell',
  'Registry Editor',
];

/** Things that fail, paired [en, pl]. */
export const COMPONENTS = [
  ['the SMTP virtual server', 'serwer wirtualny SMTP'],
  ['the routing group connector', 'łącznik grupy routingu'],
  ['the Recipient Update Service', 'usługa aktualizacji adresatów'],
  ['the message queue', 'kolejka wiadomości'],
  ['the information store', 'magazyn informacji'],
  ['the global catalog server', 'serwer wykazu globalnego'],
  ['the DNS resolver', 'moduł rozpoznawania nazw DNS'],
  ['the send connector', 'łącznik wysyłający'],
  ['the receive connector', 'łącznik odbierający'],
  ['the certificate store', 'magazyn certyfikatów'],
  ['the transport service', 'usługa transportu'],
  ['the antivirus scanner', 'skaner antywirusowy'],
  ['the smart host', 'inteligentny host'],
  ['the public folder database', 'baza folderów publicznych'],
  ['the offline address book', 'książka adresowa trybu offline'],
  ['the journaling mailbox', 'skrzynka dziennika'],
  ['the domain controller', 'kontroler domeny'],
  ['the firewall', 'zapora sieciowa'],
];

/** Registry values and settings, the same in both languages. */
export const SETTINGS = [
  'SuppressExternal',
  'MaxMessageSize',
  'RemoteIPRanges',
  'TarpitInterval',
  'DisableXExch50',
  'MaxRecipientsPerMessage',
  'ConnectionTimeout',
  'DnsCacheTimeout',
  'EnableLegacyAuth',
  'RequireTLS',
  'GlitchRetrySeconds',
  'MessageRateLimit',
];

/** Interface elements clicked in steps, paired [en, pl]. */
export const UI_ITEMS = [
  ['Properties', 'Właściwości'],
  ['Access', 'Dostęp'],
  ['Authentication', 'Uwierzytelnianie'],
  ['Delivery', 'Dostarczanie'],
  ['Advanced', 'Zaawansowane'],
  ['Security', 'Zabezpieczenia'],
  ['General', 'Ogólne'],
  ['Connectors', 'Łączniki'],
  ['Diagnostics Logging', 'Rejestrowanie diagnostyczne'],
  ['Outbound Security', 'Zabezpieczenia wychodzące'],
];

/** Nouns for step and node ids: kebab-case, the same in every language. */
export const SLUG_WORDS = [
  'auth',
  'dns',
  'tls',
  'cert',
  'queue',
  'relay',
  'connector',
  'firewall',
  'smarthost',
  'mx',
  'spf',
  'dkim',
  'store',
  'mailbox',
  'quota',
  'size',
  'timeout',
  'retry',
  'route',
  'gc',
  'ldap',
  'kerberos',
  'ntlm',
  'sendas',
  'journal',
  'replica',
  'folder',
  'service',
  'registry',
  'logging',
  'antivirus',
  'proxy',
  'port',
  'banner',
  'ehlo',
  'fqdn',
];

/** Verbs for step ids. */
export const SLUG_VERBS = [
  'check',
  'enable',
  'reset',
  'restart',
  'verify',
  'rebuild',
  'remove',
  'renew',
  'raise',
  'clear',
  'repair',
  'update',
];

/** Basic SMTP replies with their literal text. */
export const SMTP_BASIC = [
  ['421', '421 Service not available, closing transmission channel'],
  ['450', '450 Requested mail action not taken: mailbox unavailable'],
  ['451', '451 Requested action aborted: local error in processing'],
  ['452', '452 Insufficient system storage'],
  ['500', '500 Syntax error, command unrecognized'],
  ['501', '501 Syntax error in parameters or arguments'],
  ['502', '502 Command not implemented'],
  ['503', '503 Bad sequence of commands'],
  ['504', '504 need to authenticate first'],
  ['505', '505 Authentication required'],
  ['530', '530 Must issue a STARTTLS command first'],
  ['535', '535 Authentication credentials invalid'],
  ['550', '550 Requested action not taken: mailbox unavailable'],
  ['552', '552 Message size exceeds fixed maximum message size'],
  ['553', '553 Requested action not taken: mailbox name not allowed'],
  ['554', '554 Transaction failed'],
];

/** Enhanced status codes that exist in the wild, before random ones are added for scale. */
export const SMTP_ENHANCED = [
  '5.7.1',
  '5.1.1',
  '5.1.10',
  '4.4.1',
  '4.4.7',
  '5.4.1',
  '5.2.2',
  '5.7.57',
  '5.7.606',
  '4.7.0',
  '5.5.4',
  '5.3.4',
];

/** Prefixes of synthetic symbolic names for HRESULTs and Win32 errors. */
export const HRESULT_PREFIXES = ['SEC_E_', 'MAPI_E_', 'E_', 'CRYPT_E_', 'ecRpc', 'HRESULT_'];
/** Name parts of synthetic symbolic names. */
export const NAME_PARTS = [
  'LOGON_DENIED',
  'NOT_FOUND',
  'ACCESS_DENIED',
  'TIMEOUT',
  'NETWORK_ERROR',
  'NO_CREDENTIALS',
  'UNKNOWN_USER',
  'CALL_FAILED',
  'DISK_FULL',
  'INVALID_TOKEN',
  'CERT_EXPIRED',
  'BUSY',
];

/** Short nouns describing a symptom, paired [en, pl]. */
export const SYMPTOMS = [
  ['mail stays in the outbound queue', 'poczta pozostaje w kolejce wychodzącej'],
  ['messages are rejected by the remote server', 'wiadomości są odrzucane przez serwer zdalny'],
  [
    'users cannot send to external recipients',
    'użytkownicy nie mogą wysyłać do adresatów zewnętrznych',
  ],
  ['non-delivery reports are generated', 'generowane są raporty o niedostarczeniu'],
  ['the transport service stops responding', 'usługa transportu przestaje odpowiadać'],
  ['public folder replication fails', 'replikacja folderów publicznych kończy się błędem'],
  ['authentication between servers fails', 'uwierzytelnianie między serwerami się nie udaje'],
  ['delivery to a partner domain is delayed', 'dostarczanie do domeny partnera jest opóźnione'],
  ['journal reports are duplicated', 'raporty dziennika są zduplikowane'],
  ['the certificate is not accepted for TLS', 'certyfikat nie jest akceptowany dla TLS'],
];
