export const id = 4248;
export const ids = [4248];
export const modules = {

/***/ 44248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createInfoServices: () => (/* reexport safe */ _chunk_5V3GS4D5_mjs__WEBPACK_IMPORTED_MODULE_0__.v)
/* harmony export */ });
/* harmony import */ var _chunk_5V3GS4D5_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47969);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78869);





/***/ })

};
