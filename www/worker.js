// The analysis worker of the hosted page: the wasm-bindgen glue, then the loader, which sees no
// document and so waits for the compiled module and the articles (see main.js).
importScripts('app.js', 'main.js');
