export const id = 1331;
export const ids = [1331];
export const modules = {

/***/ 31331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRailroadAbnfServices: () => (/* reexport safe */ _chunk_XHIXRSVI_mjs__WEBPACK_IMPORTED_MODULE_0__.s)
/* harmony export */ });
/* harmony import */ var _chunk_XHIXRSVI_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74223);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
