import { COMPONENTS, PRODUCTS, SETTINGS, SYMPTOMS, TOOLS, UI_ITEMS } from './terms.mjs';

// Sentence templates as [en, pl] pairs with {slots}. Filling both languages from the same draws
// makes the Polish text a "translation" of the English one: same codes, same lengths, roughly.
const SENTENCES = [
  [
    'When {symptom}, {component} usually logs event {event} in the {log} log.',
    'Gdy {symptom}, {component} zwykle rejestruje zdarzenie {event} w dzienniku {log}.',
  ],
  [
    'The remote server answers with `{code}` and closes the session.',
    'Serwer zdalny odpowiada kodem `{code}` i zamyka sesję.',
  ],
  [
    'This happens most often after {component} was moved to another site.',
    'Zdarza się to najczęściej po przeniesieniu elementu {component} do innej lokacji.',
  ],
  [
    'Check the value `{setting}` on every server that runs {product}.',
    'Sprawdź wartość `{setting}` na każdym serwerze z oprogramowaniem {product}.',
  ],
  [
    'Use **{tool}** to confirm that {component} is reachable from {server}.',
    'Za pomocą narzędzia **{tool}** potwierdź, że {component} jest osiągalny z serwera {server}.',
  ],
  [
    'If the error code {code} appears, the logon of the sending server was refused.',
    'Jeśli pojawia się kod błędu {code}, logowanie serwera wysyłającego zostało odrzucone.',
  ],
  [
    'Event {event} is written only when diagnostic logging is set to **Medium** or higher.',
    'Zdarzenie {event} jest zapisywane tylko przy rejestrowaniu diagnostycznym na poziomie **średnim** lub wyższym.',
  ],
  [
    'Restarting the service hides the problem for a few hours, but it comes back.',
    'Ponowne uruchomienie usługi ukrywa problem na kilka godzin, ale on wraca.',
  ],
  [
    'In large organisations {n} servers or more can be affected at the same time.',
    'W dużych organizacjach problem może dotyczyć jednocześnie {n} lub więcej serwerów.',
  ],
  [
    'The behaviour is by design when the partner domain uses its own certificate authority.',
    'To zachowanie jest zamierzone, gdy domena partnera używa własnego urzędu certyfikacji.',
  ],
  [
    'Note the time of event {event}; you will need it to correlate the protocol log.',
    'Zanotuj godzinę zdarzenia {event}; będzie potrzebna do powiązania z dziennikiem protokołu.',
  ],
  [
    'Administrators often see {code} together with a growing queue on {server}.',
    'Administratorzy często widzą {code} razem z rosnącą kolejką na serwerze {server}.',
  ],
  [
    'Do not change `{setting}` on a production server without a maintenance window.',
    'Nie zmieniaj wartości `{setting}` na serwerze produkcyjnym bez okna serwisowego.',
  ],
  [
    'Replication of the change to all domain controllers can take up to {n} minutes.',
    'Replikacja zmiany do wszystkich kontrolerów domeny może potrwać do {n} minut.',
  ],
  [
    'A firewall that inspects SMTP may strip extended verbs such as `XEXCH50`.',
    'Zapora, która analizuje SMTP, może usuwać rozszerzone polecenia, takie jak `XEXCH50`.',
  ],
  [
    'The symptoms look alike, but the cause here is that {symptom}.',
    'Objawy wyglądają podobnie, ale przyczyną jest tu to, że {symptom}.',
  ],
  [
    'Compare the settings of {component} with a server where mail flows normally.',
    'Porównaj ustawienia elementu {component} z serwerem, na którym poczta płynie prawidłowo.',
  ],
  [
    'Keep a copy of the registry key before you edit `{setting}`.',
    'Przed edycją wartości `{setting}` zachowaj kopię klucza rejestru.',
  ],
  [
    'The source {source} reports the failure with a short description and the code {code}.',
    'Źródło {source} zgłasza awarię krótkim opisem i kodem {code}.',
  ],
  [
    'Older builds of {product} do not support this option at all.',
    'Starsze kompilacje {product} w ogóle nie obsługują tej opcji.',
  ],
  [
    'Zażółć gęślą jaźń is not an error message, but Polish users may type it into the search box.',
    'Zażółć gęślą jaźń to nie komunikat o błędzie, ale polscy użytkownicy mogą go wpisać w wyszukiwarkę.',
  ],
  [
    'After the change, send a test message and watch the queue on {server} for {n} minutes.',
    'Po zmianie wyślij wiadomość testową i obserwuj kolejkę na serwerze {server} przez {n} minut.',
  ],
];

/** Ordered-list actions for steps, [en, pl]. */
const ACTIONS = [
  ['Open **{tool}**.', 'Otwórz **{tool}**.'],
  [
    'Right-click {component} and choose **{ui}**.',
    'Kliknij prawym przyciskiem myszy {component} i wybierz **{ui}**.',
  ],
  ['Open the **{ui}** tab and click **{ui2}**.', 'Otwórz kartę **{ui}** i kliknij **{ui2}**.'],
  [
    'Confirm that the **{ui}** check box is selected.',
    'Upewnij się, że pole wyboru **{ui}** jest zaznaczone.',
  ],
  ['Set `{setting}` to `{n}` and click **OK**.', 'Ustaw `{setting}` na `{n}` i kliknij **OK**.'],
  [
    'Restart the Simple Mail Transfer Protocol (SMTP) service.',
    'Uruchom ponownie usługę Simple Mail Transfer Protocol (SMTP).',
  ],
  ['Look in the {log} log for event {event}.', 'Poszukaj w dzienniku {log} zdarzenia {event}.'],
  [
    'Run `{tool}` against {server} and save the output.',
    'Uruchom `{tool}` dla serwera {server} i zapisz wynik.',
  ],
];

/** Command lines for code blocks. */
const COMMANDS = [
  'nltest /sc_verify:{domain}',
  'netdom resetpwd /server:{server} /userd:{domain}\\admin /passwordd:*',
  'telnet {server} 25',
  'nslookup -type=mx {domain}',
  'dcdiag /test:replications /s:{server}',
  'Get-Queue -Server {server} | Where-Object { $_.MessageCount -gt {n} }',
  'Test-Connection {server} -Count {n}',
  'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\SMTPSVC\\Parameters /v {setting}',
];

const HOSTS = ['EX01', 'EX02', 'MAIL-GW', 'BRIDGEHEAD1', 'HUB03', 'DC01', 'SMTP-EDGE'];
const DOMAINS = ['contoso.com', 'fabrikam.local', 'example.pl', 'northwind.net', 'adatum.com'];
const LOG_NAMES = [
  ['Application', 'Aplikacja'],
  ['System', 'System'],
];

/** A filled [en, pl] pair from a template list, drawing slot values from `ctx` (the article's refs). */
function fill(rng, templates, ctx) {
  const [en, pl] = rng.pick(templates);
  const pairSlots = {
    component: rng.pick(COMPONENTS),
    symptom: rng.pick(SYMPTOMS),
    ui: rng.pick(UI_ITEMS),
    ui2: rng.pick(UI_ITEMS),
    log: rng.pick(LOG_NAMES),
  };
  const event = ctx.events.length > 0 ? rng.pick(ctx.events) : { id: 1000, source: 'MSExchangeIS' };
  const error = ctx.errors.length > 0 ? rng.pick(ctx.errors) : { display: '0x80004005' };
  const plain = {
    tool: rng.pick(TOOLS),
    setting: rng.pick(SETTINGS),
    product: rng.pick(ctx.products.length ? ctx.products : PRODUCTS),
    event: String(event.id),
    source: event.source,
    code: error.display,
    server: rng.pick(HOSTS),
    n: String(rng.int(2, 60)),
    domain: rng.pick(DOMAINS),
  };
  const render = (text, li) =>
    text.replace(/\{(\w+)\}/g, (_, k) =>
      k in pairSlots ? pairSlots[k][li] : (plain[k] ?? `{${k}}`),
    );
  return { en: render(en, 0), pl: render(pl, 1) };
}

/** One sentence in both languages. */
export const sentence = (rng, ctx) => fill(rng, SENTENCES, ctx);

/** A paragraph of `min`–`max` sentences in both languages. */
export function paragraph(rng, ctx, min = 2, max = 5) {
  const parts = Array.from({ length: rng.int(min, max) }, () => sentence(rng, ctx));
  return { en: parts.map((p) => p.en).join(' '), pl: parts.map((p) => p.pl).join(' ') };
}

/** One ordered-list action in both languages. */
export const action = (rng, ctx) => fill(rng, ACTIONS, ctx);

/** A command line (language-neutral, as in a code block). */
export function command(rng, ctx) {
  const line = fill(rng, [[rng.pick(COMMANDS), '']], ctx).en;
  return line;
}
