export const id = 5253;
export const ids = [5253];
export const modules = {

/***/ 15253:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPieServices: () => (/* reexport safe */ _chunk_3Z5EZCMW_mjs__WEBPACK_IMPORTED_MODULE_0__.f)
/* harmony export */ });
/* harmony import */ var _chunk_3Z5EZCMW_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17582);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78869);





/***/ })

};
