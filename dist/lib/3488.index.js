export const id = 3488;
export const ids = [3488];
export const modules = {

/***/ 93488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEventModelingServices: () => (/* reexport safe */ _chunk_6EIED4P4_mjs__WEBPACK_IMPORTED_MODULE_0__.g)
/* harmony export */ });
/* harmony import */ var _chunk_6EIED4P4_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39923);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
