export const id = 712;
export const ids = [712];
export const modules = {

/***/ 50712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitGraphServices: () => (/* reexport safe */ _chunk_KI3K4JFJ_mjs__WEBPACK_IMPORTED_MODULE_0__.b)
/* harmony export */ });
/* harmony import */ var _chunk_KI3K4JFJ_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13618);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
