// jest stand-in for webpack's asset/inline: the same data URL, read from disk.
const { readFileSync } = require("fs");
const path = require("path");
const bytes = readFileSync(path.resolve(__dirname, "../../assets/handreiking-regie.docx"));
module.exports = `data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,${bytes.toString("base64")}`;
