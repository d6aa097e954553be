export const id = 1162;
export const ids = [1162];
export const modules = {

/***/ 81162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRailroadServices: () => (/* reexport safe */ _chunk_OUJLGHUK_mjs__WEBPACK_IMPORTED_MODULE_0__.l)
/* harmony export */ });
/* harmony import */ var _chunk_OUJLGHUK_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28761);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
