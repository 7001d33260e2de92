
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner-anonymous': `Anonimno`,
'banner-call': str`${0}: pozovite ${1}`,
'banner-checked': str`Brojevi provereni: ${0}`,
'banner-dismiss': `Sakrij baner sa SOS telefonima`,
'banner-empty': `Nema dostupnih brojeva telefona.`,
'banner-exit': `Brzi izlaz`,
'banner-exit-hint': `Ili tri puta pritisnite Shift.`,
'banner-exit-leaving': `Napuštate ovu stranicu.`,
'banner-free': `Besplatno`,
'banner-intro': `Ako ste vi ili neko koga poznajete možda žrtva trgovine ljudima, pozovite i zatražite pomoć.`,
'banner-shift-1': `Shift je pritisnut dva puta. Pritisnite ga još jednom da biste napustili ovu stranicu.`,
'banner-shift-2': `Shift je pritisnut jednom. Pritisnite ga još 2 puta da biste napustili ovu stranicu.`,
'banner-shift-reset': `Brzi izlaz je otkazan.`,
'banner-title': `Pomoć u slučaju trgovine ljudima`,
'error-fetch-failed': `Podaci nisu mogli da se preuzmu.`,
'error-field': `Polje:`,
'error-http': `Adresa podataka je vratila grešku.`,
'error-invalid-format': `Polje nije u očekivanom obliku.`,
'error-invalid-json': `Podaci nisu ispravan JSON.`,
'error-invalid-number': `Broj nije ispravan.`,
'error-missing-field': `Nedostaje obavezno polje.`,
'error-negative-amount': `Iznos je negativan.`,
'error-not-json': `Adresa podataka nije vratila JSON.`,
'error-shares-sum': `Udeli finansijera ne iznose ukupno 100%.`,
'error-title': `Ovaj sadržaj nije moguće prikazati.`,
'error-too-many': `Lista ili tekst su predugački.`,
'error-unsafe-url': `Veza koristi adresu koja nije dozvoljena.`,
'error-wrong-type': `Polje ima pogrešan tip.`,
'loading': `Učitavanje…`,
    };
  