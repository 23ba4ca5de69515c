// Countries, nationalities, shops, brands and apps: written with a capital, never a person's name, a place of the
// family or an organisation that cares for them ("naar Polen", "bij de Lidl", "op Roblox"). One list for the person
// finder (free-names.ts) and the context rules (free-text.ts), issue 23.
export const COUNTRIES_AND_BRANDS: readonly string[] =
  "polen oekraïne duitsland belgië frankrijk spanje italië portugal turkije marokko algerije tunesië egypte syrië irak iran afghanistan pakistan india china eritrea ethiopië somalië soedan nigeria ghana congo suriname curaçao aruba bonaire indonesië roemenië bulgarije hongarije griekenland engeland ierland schotland amerika rusland litouwen letland servië bosnië kosovo albanië jemen libanon libië thailand vietnam filipijnen colombia brazilië venezuela turkse poolse marokkaanse syrische eritrese somalische afghaanse irakese iraanse surinaamse antilliaanse nederlandse duitse belgische oekraïense roemeense bulgaarse magister somtoday parnassys roblox minecraft hema mcdonald's primark mediamarkt ikea kruidvat gamma praxis playstation parro digid mijnoverheid netflix discord lidl jumbo zeeman blokker aldi etos nike adidas kfc wsnp toeslagen action noordzee waddenzee".split(
    " ",
  );
