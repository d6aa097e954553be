export const id = 3424;
export const ids = [3424];
export const modules = {

/***/ 53424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createInfoServices: () => (/* reexport safe */ _chunk_5V3GS4D5_mjs__WEBPACK_IMPORTED_MODULE_0__.v)
/* harmony export */ });
/* harmony import */ var _chunk_5V3GS4D5_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64585);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
