// ES5 on purpose, and no module: volume-licensed Office 2016/2019 on older Windows hosts add-ins
// in the Internet Explorer 11 ("Trident") or Edge Legacy ("EdgeHTML") webview, where the pane's
// modern bundle cannot run at all. There this script explains, in Dutch, instead of a blank pane.
// https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf("Trident") === -1 && ua.indexOf("Edge/") === -1) return;
  var container = document.getElementById("container");
  if (!container) return;
  var message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.style.fontFamily = "Segoe UI, sans-serif";
  message.style.padding = "12px";
  message.appendChild(
    document.createTextNode(
      "De Handreiking Regie werkt niet in deze versie van Word: Word gebruikt hier een verouderd browseronderdeel " +
        "(Internet Explorer of Edge Legacy). Vraag uw ICT-afdeling om Microsoft Edge WebView2 te installeren of om " +
        "Microsoft 365. Tot dan kunt u de handreiking in Word op het web gebruiken."
    )
  );
  container.appendChild(message);
})();
