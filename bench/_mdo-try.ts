import { benchMdo, mdoTable } from "./mdo-actions";
benchMdo().then(
  (r) => {
    console.log(mdoTable(r));
    process.exit(0);
  },
  (e) => {
    console.error(String(e).slice(0, 3000));
    process.exit(1);
  },
);
